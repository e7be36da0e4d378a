-- Geocoder: the street name (BAG openbare ruimte) of each address point, for the residents'
-- address search (GET /api/v1/addresses/search) and the reverse lookup of a tapped point.
-- A street name is public BAG data like the point itself; still no personal data is stored.
-- NULL when the file gave no street (the generic shape without `straat`/`openbareruimte`).
-- Indexes: type-ahead on the lower-cased street (prefix LIKE, text_pattern_ops), on postcode, and
-- a latitude index for the reverse lookup's small box. Runs on PostgreSQL 15 and on PGlite.
ALTER TABLE address_points ADD COLUMN openbare_ruimte text;
CREATE INDEX address_points_street ON address_points (gemeente_code, lower(openbare_ruimte) text_pattern_ops, huisnummer);
CREATE INDEX address_points_postcode ON address_points (gemeente_code, postcode, huisnummer);
CREATE INDEX address_points_lat ON address_points (gemeente_code, lat);
