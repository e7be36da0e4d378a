-- Early signals (vroegsignalen): a partner organisation's observation raised through
-- POST /partner-signals (signals/early/). It is a report like any other (inbox, workflow, notes)
-- with source 'partner', the raising organisation, a priority from the partner's urgency and the
-- partner's own reference. It has no reporter contact and no exact point: it sits in a buurt, or
-- only in a wijk (buurt_code NULL, wijk_code set); lat/lon/x/y stay NULL.
ALTER TABLE signals DROP CONSTRAINT signals_source_check;
ALTER TABLE signals ADD CONSTRAINT signals_source_check CHECK (source IN ('web', 'open311', 'import', 'staff', 'partner'));

-- The partner organisation that raised the report (network's partners; deactivated, never deleted).
ALTER TABLE signals ADD COLUMN raised_by_partner_id uuid REFERENCES partners (id) ON DELETE SET NULL;
-- Priority of an early signal from the partner's urgency; NULL for residents' reports (no priority given).
ALTER TABLE signals ADD COLUMN priority text CHECK (priority IN ('normal', 'high', 'urgent'));
-- The partner's own reference (its case or log number), free text without personal data.
ALTER TABLE signals ADD COLUMN partner_reference text;

CREATE INDEX signals_raised_by_partner ON signals (raised_by_partner_id, created_at) WHERE raised_by_partner_id IS NOT NULL;
