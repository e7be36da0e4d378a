-- Standard texts (the reporter's message per status) may be specific to a category: a text for the
-- report's sub-category wins over one for its main category, which wins over the general text
-- (category_slug NULL). Existing texts stay the general ones.
ALTER TABLE signal_templates ADD COLUMN category_slug text;
ALTER TABLE signal_templates DROP CONSTRAINT signal_templates_pkey;
CREATE UNIQUE INDEX signal_templates_key ON signal_templates (gemeente_code, status, coalesce(category_slug, ''));
