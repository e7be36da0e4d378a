-- E-mail subscriptions to new public reports within a radius around a point the resident tapped
-- on the public map ("meld mij nieuwe meldingen hier"): kind 'point' with lat/lon and a radius in
-- metres. Double opt-in, unsubscribe and retention as for the other kinds.
ALTER TABLE signal_subscriptions DROP CONSTRAINT IF EXISTS signal_subscriptions_kind_check;
ALTER TABLE signal_subscriptions ADD COLUMN lat double precision;
ALTER TABLE signal_subscriptions ADD COLUMN lon double precision;
ALTER TABLE signal_subscriptions ADD COLUMN radius_m integer;
ALTER TABLE signal_subscriptions ADD CONSTRAINT signal_subscriptions_kind_check CHECK (kind IN ('signal', 'buurt', 'point'));
ALTER TABLE signal_subscriptions ADD CONSTRAINT signal_subscriptions_point_check
  CHECK ((kind = 'point') = (lat IS NOT NULL AND lon IS NOT NULL AND radius_m IS NOT NULL));
ALTER TABLE signal_subscriptions ADD CONSTRAINT signal_subscriptions_radius_check CHECK (radius_m IS NULL OR radius_m BETWEEN 50 AND 2000);
DROP INDEX signal_subscriptions_once;
CREATE UNIQUE INDEX signal_subscriptions_once ON signal_subscriptions
  (kind, coalesce(signal_id::text, buurt_code, lat::text || ',' || lon::text || ',' || radius_m::text), lower(email));
CREATE INDEX signal_subscriptions_by_point ON signal_subscriptions (gemeente_code, lat) WHERE kind = 'point' AND confirmed_at IS NOT NULL;
