-- Partner accounts are linked to partner organisations once, in partner_members (0050_missions);
-- the signals module reads that link, so its own table from 0035 is not needed.
DROP TABLE signal_partner_users;
