/**
 * The key figures of a frozen evidence result, per kind, as label/value rows for a small table
 * (the results are as the server's evidence-runner.ts returns them). Hour-of-week indices are
 * 0 = Monday 00–01. Pure.
 */
export interface SummaryRow { key: string; value: string | number; vars?: Record<string, unknown> }

const DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
export const hourOfWeekLabel = (h: number) => `${DAYS[Math.floor(h / 24) % 7]} ${String(h % 24).padStart(2, '0')}–${String((h % 24) + 1).padStart(2, '0')}`;

const pct = (v: unknown) => (typeof v === 'number' ? `${Math.round(v * 100)}%` : '—');
const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

export function evidenceSummary(kind: string, result: unknown, typeName: (code: string) => string = (c) => c): SummaryRow[] {
  const r = rec(result);
  switch (kind) {
    case 'crime-counts':
      return [{ key: 'total', value: Number(r.total ?? 0), vars: { year: r.year } }];
    case 'hotcrimes': {
      const top = (Array.isArray(r.byLevel) ? r.byLevel : []).slice(0, 3).map((x) => `${typeName(String(rec(x).type))} (${rec(x).current})`);
      return [{ key: 'events', value: Number(r.total ?? 0) }, { key: 'baselineEvents', value: Number(r.baselineTotal ?? 0) }, { key: 'topTypes', value: top.join(', ') || '—' }];
    }
    case 'hottimes':
      return [{ key: 'events', value: Number(r.events ?? 0) }, { key: 'peakHours', value: (Array.isArray(r.peakHours) ? r.peakHours : []).map((h) => hourOfWeekLabel(Number(h))).join(', ') || '—' }];
    case 'concentration':
      return [{ key: 'events', value: Number(r.events ?? 0) }, { key: 'repeatShare', value: pct(r.repeatIncidentShare) }, { key: 'top10', value: pct(r.top10PercentShare) }];
    case 'report-counts':
      return [{ key: 'reports', value: Number(r.total ?? 0) }];
    default:
      return [];
  }
}
