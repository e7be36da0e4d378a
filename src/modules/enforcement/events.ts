/**
 * Registrations as events for other modules: the analysis views (source=enforcement: points →
 * hotspots, times → hot times, types = feit codes) and the missions' compliance trials (an
 * indicator per buurt and period). Typed arrays in the shape of the signals module's events; no
 * personal data (there is none in the tables). The callers check access: the analysis views by their
 * route rule (analysis:read) and disclosure control; a trial by the mission's own rules.
 */
import type { ServiceContext } from '../../core/context.ts';
import { countsByBuurtAndKind, registrationPoints } from './registration-store.ts';
import type { EnforcementKind } from './tables.ts';

export interface EnforcementEventQuery {
  /** Feit codes (APV 2:48, F601) or kinds (warning, fine, report); a registration matching any is kept. */
  codes?: readonly string[] | undefined;
  /** Inclusive start of the period on the registration time. */
  from?: Date | undefined;
  /** Exclusive end. */
  to?: Date | undefined;
}

export interface EnforcementEvents {
  count: number;
  x: Float64Array;
  y: Float64Array;
  lat: Float64Array;
  lon: Float64Array;
  /** Registration time, epoch milliseconds. */
  time: Float64Array;
  code: string[];
  kind: EnforcementKind[];
  buurtCode: Array<string | null>;
  /** 1 for a synthetic demo registration. */
  demo: Uint8Array;
}

export async function enforcementEvents(ctx: ServiceContext, gemeente: string, q: EnforcementEventQuery = {}): Promise<EnforcementEvents> {
  const rows = await registrationPoints(ctx.db, gemeente, q);
  const n = rows.length;
  const out: EnforcementEvents = {
    count: n,
    x: new Float64Array(n),
    y: new Float64Array(n),
    lat: new Float64Array(n),
    lon: new Float64Array(n),
    time: new Float64Array(n),
    code: [],
    kind: [],
    buurtCode: [],
    demo: new Uint8Array(n),
  };
  rows.forEach((r, i) => {
    out.x[i] = r.x;
    out.y[i] = r.y;
    out.lat[i] = r.lat;
    out.lon[i] = r.lon;
    out.time[i] = r.occurred_at.getTime();
    out.code.push(r.feit_code);
    out.kind.push(r.kind);
    out.buurtCode.push(r.buurt_code);
    out.demo[i] = r.demo ? 1 : 0;
  });
  return out;
}

export interface EnforcementBuurtCount {
  buurtCode: string;
  warnings: number;
  fines: number;
  reports: number;
  total: number;
}

/** Registrations per buurt in [from, to) (optionally of some feit codes), by kind: unsuppressed — the caller suppresses. */
export async function enforcementCountsByBuurt(
  ctx: ServiceContext,
  gemeente: string,
  q: { from: Date; to: Date; codes?: readonly string[] },
): Promise<EnforcementBuurtCount[]> {
  const rows = await countsByBuurtAndKind(ctx.db, gemeente, q.from, q.to, q.codes);
  const per = new Map<string, EnforcementBuurtCount>();
  for (const r of rows) {
    const c = per.get(r.buurt_code) ?? { buurtCode: r.buurt_code, warnings: 0, fines: 0, reports: 0, total: 0 };
    if (r.kind === 'warning') c.warnings += r.n;
    else if (r.kind === 'fine') c.fines += r.n;
    else c.reports += r.n;
    c.total += r.n;
    per.set(r.buurt_code, c);
  }
  return [...per.values()].sort((a, b) => a.buurtCode.localeCompare(b.buurtCode));
}
