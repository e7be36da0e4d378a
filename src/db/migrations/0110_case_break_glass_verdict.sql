-- The privacy officer's verdict on a break-glass opening of a PGA case (step 11): 'terecht' (justified)
-- or 'onterecht' (not justified), beside the reviewer, the time and the note the table already holds.
ALTER TABLE case_break_glass ADD COLUMN review_verdict text
  CHECK (review_verdict IS NULL OR review_verdict IN ('terecht', 'onterecht'));
CREATE INDEX case_break_glass_opened ON case_break_glass (opened_at);
