/**
 * The key figures of a frozen evidence result, per kind, as label/value rows for a small table
 * (the results are as the server's evidence-runner.ts returns them). Hour-of-week indices are
 * 0 = Monday 00–01. Pure.
 */
export interface SummaryRow {
  key: string;
  value: string | number;
  vars?: Record<string, unknown>;
}

const DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
export const hourOfWeekLabel = (h: number) =>
  `${DAYS[Math.floor(h / 24) % 7]} ${String(h % 24).padStart(2, '0')}–${String((h % 24) + 1).padStart(2, '0')}`;

const pct = (v: unknown) => (typeof v === 'number' ? `${Math.round(v * 100)}%` : '—');
/** A count as the server sent it; '—' when suppressed (null) for the reader. */
const count = (v: unknown): string | number => (typeof v === 'number' ? v : '—');
const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

export function evidenceSummary(kind: string, result: unknown, typeName: (code: string) => string = (c) => c): SummaryRow[] {
  if (result === null || result === undefined) return [];
  const r = rec(result);
  switch (kind) {
    case 'crime-counts':
      return [{ key: 'total', value: count(r.total), vars: { year: r.year } }];
    case 'hotcrimes': {
      const top = (Array.isArray(r.byLevel) ? r.byLevel : [])
        .slice(0, 3)
        .map((x) => `${typeName(String(rec(x).type))} (${count(rec(x).current)})`);
      return [
        { key: 'events', value: count(r.total) },
        { key: 'baselineEvents', value: count(r.baselineTotal) },
        { key: 'topTypes', value: top.join(', ') || '—' },
      ];
    }
    case 'hottimes':
      return [
        { key: 'events', value: count(r.events) },
        {
          key: 'peakHours',
          value: (Array.isArray(r.peakHours) ? r.peakHours : []).map((h) => hourOfWeekLabel(Number(h))).join(', ') || '—',
        },
      ];
    case 'concentration':
      return [
        { key: 'events', value: count(r.events) },
        { key: 'repeatShare', value: pct(r.repeatIncidentShare) },
        { key: 'top10', value: pct(r.top10PercentShare) },
      ];
    case 'report-counts':
      return [{ key: 'reports', value: count(r.total) }];
    default:
      return [];
  }
}
