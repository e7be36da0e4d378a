-- Signals step 6 (trust): who may read what of a report, published texts, API-key quotas.
-- Runs on PostgreSQL 15 and on PGlite.

-- Who reads a history entry besides staff: 'internal' (staff only), 'partner' (also the partner
-- organisation the report is forwarded to), 'reporter' (also the reporter on the tracking page, and
-- the partner). Replaces is_public, which meant "shown on the tracking page".
ALTER TABLE signal_history ADD COLUMN visibility text NOT NULL DEFAULT 'internal'
  CHECK (visibility IN ('internal', 'partner', 'reporter'));
UPDATE signal_history SET visibility = 'reporter' WHERE is_public;
ALTER TABLE signal_history DROP COLUMN is_public;

-- Free text is published (Open311, followers' mails) only after staff marked it public; never for
-- sensitive categories. Default: not public.
ALTER TABLE signal_history ADD COLUMN published_at timestamptz;
ALTER TABLE signals ADD COLUMN description_published_at timestamptz;

-- New history kind 'publish': staff marked the description or a note public (or took it back).
ALTER TABLE signal_history DROP CONSTRAINT signal_history_kind_check;
ALTER TABLE signal_history ADD CONSTRAINT signal_history_kind_check CHECK (kind IN ('created', 'status', 'note', 'assign', 'category',
  'split', 'merge', 'feedback', 'routed', 'photo', 'location', 'publish'));

-- Open311 clients with an API key have their own quota (requests per hour); null: the configured default.
ALTER TABLE open311_api_keys ADD COLUMN quota_per_hour integer CHECK (quota_per_hour BETWEEN 1 AND 1000000);
