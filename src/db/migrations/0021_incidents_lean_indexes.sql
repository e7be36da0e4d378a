-- Incident-level events: drop the two secondary b-tree indexes of 0020.
--
-- Analysis reads the in-memory columns (incidents columns-service), not SQL, and the one SQL
-- reader that filtered on time/wijk (perception hot times) now reads the columns too. The indexes
-- cost about half of every bulk import on the embedded engine (rebuilt after COPY) and slow every
-- row-by-row insert. What stays: the primary key (gemeente_code, id), the UNIQUE constraint
-- (gemeente_code, source, source_id) that backs idempotent imports, and the batch foreign key.
DROP INDEX IF EXISTS incidents_by_time;
DROP INDEX IF EXISTS incidents_by_buurt;
