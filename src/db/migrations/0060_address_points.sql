-- Geocoder: BAG address points, so incident rows with only postcode + huisnummer can be placed.
-- A BAG address and its point are public data: no names or other personal data are stored here,
-- not even the street name. One row per address of the municipality and source (the file it came
-- from); a re-import of a source replaces its rows in one transaction. Keys are normalised: postcode
-- upper case without space, huisletter and huisnummertoevoeging upper case, '' when absent.
-- x, y: RD New (EPSG:28992) metres rounded to centimetres; lat, lon: WGS84, 7 decimals.
-- Runs on PostgreSQL 15 and on PGlite. The table leads with gemeente_code.
CREATE TABLE address_points (
  gemeente_code text NOT NULL,
  source text NOT NULL,
  postcode text NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
  huisnummer integer NOT NULL CHECK (huisnummer BETWEEN 1 AND 99999),
  huisletter text NOT NULL DEFAULT '' CHECK (huisletter ~ '^[A-Z]?$'),
  huisnummertoevoeging text NOT NULL DEFAULT '' CHECK (huisnummertoevoeging ~ '^[A-Z0-9]{0,4}$'),
  x double precision NOT NULL,
  y double precision NOT NULL,
  lat double precision NOT NULL,
  lon double precision NOT NULL,
  woonplaats text,
  gemeente text,
  loaded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_code, source, postcode, huisnummer, huisletter, huisnummertoevoeging)
);
