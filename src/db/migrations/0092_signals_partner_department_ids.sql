-- A report is forwarded to a partner organisation and routed to a department by id, not by
-- spelling: signals.partner_id and signals.department_id. The old text columns stay as the name
-- at the time of forwarding (history; display falls back to it), nothing is dropped.
ALTER TABLE signals ADD COLUMN partner_id uuid REFERENCES partners (id) ON DELETE SET NULL;
ALTER TABLE signals ADD COLUMN department_id uuid REFERENCES departments (id) ON DELETE SET NULL;

-- Backfill from the names where they match exactly, ignoring case (names are unique per
-- municipality, ignoring case, in both tables).
UPDATE signals s SET partner_id = p.id
  FROM partners p
  WHERE s.partner IS NOT NULL AND p.gemeente_code = s.gemeente_code AND lower(p.name) = lower(s.partner);
UPDATE signals s SET department_id = d.id
  FROM departments d
  WHERE s.department IS NOT NULL AND d.gemeente_code = s.gemeente_code AND lower(d.name) = lower(s.department);

CREATE INDEX signals_partner_id ON signals (partner_id) WHERE partner_id IS NOT NULL;
CREATE INDEX signals_department_id ON signals (department_id) WHERE department_id IS NOT NULL;

-- Categories and routing rules still name a department or partner; a new report (intake, import,
-- split) takes the id of the name it was routed to at that moment, so a later rename of the
-- partner or department keeps the report with it.
CREATE FUNCTION signals_route_ids() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.partner_id IS NULL AND NEW.partner IS NOT NULL THEN
    SELECT id INTO NEW.partner_id FROM partners
      WHERE gemeente_code = NEW.gemeente_code AND lower(name) = lower(NEW.partner);
  END IF;
  IF NEW.department_id IS NULL AND NEW.department IS NOT NULL THEN
    SELECT id INTO NEW.department_id FROM departments
      WHERE gemeente_code = NEW.gemeente_code AND lower(name) = lower(NEW.department);
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER signals_route_ids BEFORE INSERT ON signals FOR EACH ROW EXECUTE FUNCTION signals_route_ids();
