-- A report split into child reports gets the closed status 'split' (signals/handling/split-merge.ts).
ALTER TABLE signals DROP CONSTRAINT signals_status_check;
ALTER TABLE signals ADD CONSTRAINT signals_status_check CHECK (status IN ('new', 'accepted', 'in_progress', 'planned',
  'waiting_for_reporter', 'forwarded', 'done', 'cancelled', 'split', 'reopened', 'reopen_requested'));

-- Parents split before this status existed: closed now, at the moment of their split.
UPDATE signals SET status = 'split', closed_at = COALESCE(closed_at, h.at)
FROM (SELECT signal_id, max(at) AS at FROM signal_history WHERE kind = 'split' GROUP BY signal_id) h
WHERE h.signal_id = signals.id AND signals.status NOT IN ('done', 'cancelled', 'split');
