-- Signals: whether the reporter asked to be kept informed by e-mail ("Houd mij per e-mail op de
-- hoogte" on the report form). true: the confirmation and status mails go to the e-mail address
-- (as before this column; the default keeps existing contacts and Open311 reports as they were).
-- false: the address is kept only so staff can ask a question; no confirmation or status mails.
-- Runs on PostgreSQL 15 and on PGlite.
ALTER TABLE signal_contacts ADD COLUMN updates boolean NOT NULL DEFAULT true;
