-- Category roles instead of matching Dordrecht's category names: `is_nuisance` marks the categories
-- that count in the perception "reported nuisance" index (a sub-category inherits it from its main
-- category when it is created). Existing rows keep what the name matching counted before:
-- the main categories overlast-personen, jeugd, drugs-ondermijning with their sub-categories, and
-- horeca-overlast. `updated_by` says who changed a category or routing rule last (actor label).
ALTER TABLE signal_categories ADD COLUMN is_nuisance boolean NOT NULL DEFAULT false;
ALTER TABLE signal_categories ADD COLUMN updated_by text;
ALTER TABLE signal_routing_rules ADD COLUMN updated_by text;
UPDATE signal_categories
   SET is_nuisance = true
 WHERE slug IN ('overlast-personen', 'jeugd', 'drugs-ondermijning', 'horeca-overlast')
    OR parent_slug IN ('overlast-personen', 'jeugd', 'drugs-ondermijning');
