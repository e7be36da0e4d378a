-- Two partner kinds of the person-oriented approach (step 11 left them out): the probation service
-- (reclassering) and the Zorg- en Veiligheidshuis, the regional hub where case meetings take place.
ALTER TABLE partners DROP CONSTRAINT IF EXISTS partners_kind_check;
ALTER TABLE partners ADD CONSTRAINT partners_kind_check CHECK (kind IN ('police', 'public-prosecutor', 'probation', 'safety-house',
  'municipality', 'housing-corporation', 'social-team', 'youth-work', 'school', 'care-provider', 'faith-community',
  'business-association', 'sports-club', 'residents-association', 'other'));
