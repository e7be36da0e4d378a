/**
 * Demo content: about two years of SYNTHETIC enforcement registrations in Dordrecht (made up by a
 * seeded random generator — the same rows on every load — and marked demo=true, source 'demo',
 * description ending in "(demo)"), with realistic patterns:
 * - alcohol in public (APV 2:48) in the centre on Friday and Saturday evenings and nights;
 * - litter next to the containers (APV 5:6) in the centre, weekend evenings and Monday mornings;
 * - parking (R397) on weekdays in office hours around the centre and the station, mostly fines;
 * - nuisance by groups of young people (APV 2:73) in Crabbehof in the evenings, more in summer,
 *   mostly warnings;
 * - dogs off the lead (APV 2:59) in Dubbeldam in the mornings.
 * The codes are examples of APV articles and a CJIB feit code; they are not Dordrecht's APV.
 */
import type { ServiceContext } from '../../core/context.ts';
import type { DemoContent, DemoEnv } from '../../core/module-contract.ts';
import { mulberry32 } from '../../core/seeded-random.ts';
import { getAreaLocator, normalizePoint } from '../areas/index.ts';
import { parseEventTime } from '../incidents/index.ts';
import { countDemo, deleteDemo, insertRegistrations, type NewRegistration } from './registration-store.ts';
import type { EnforcementKind } from './tables.ts';

interface Pattern {
  code: string;
  description: string;
  /** Places (lon, lat) the registrations spread around (±120 m). */
  places: readonly [number, number][];
  /** Expected registrations per week. */
  perWeek: number;
  /** Relative weight per weekday, Monday first. */
  weekdays: readonly number[];
  /** Local hours (0..23) registrations fall in. */
  hours: readonly number[];
  /** Share of fines; reports get 5 % of the rest's share; warnings the remainder. */
  fineShare: number;
  /** Extra weight in June–August. */
  summer?: number;
}

const CENTRE: [number, number][] = [
  [4.669, 51.8125],
  [4.662, 51.814],
  [4.666, 51.812],
];
const PATTERNS: readonly Pattern[] = [
  {
    code: 'APV 2:48',
    description: 'Alcoholgebruik op straat (demo)',
    places: CENTRE,
    perWeek: 8,
    weekdays: [0.2, 0.2, 0.3, 0.5, 3, 3.5, 0.8],
    hours: [21, 22, 23, 0, 1],
    fineShare: 0.4,
  },
  {
    code: 'APV 5:6',
    description: 'Afval naast de container (demo)',
    places: CENTRE,
    perWeek: 5,
    weekdays: [2, 0.5, 0.5, 0.5, 1, 1.5, 1],
    hours: [8, 9, 10, 19, 20, 21],
    fineShare: 0.5,
  },
  {
    code: 'R397',
    description: 'Parkeren buiten een parkeervak (demo)',
    places: [...CENTRE, [4.6684, 51.8077]],
    perWeek: 10,
    weekdays: [1, 1, 1, 1, 1, 0.6, 0],
    hours: [9, 10, 11, 12, 13, 14, 15, 16, 17],
    fineShare: 0.9,
  },
  {
    code: 'APV 2:73',
    description: 'Hinderlijk gedrag door een groep (demo)',
    places: [[4.6672, 51.7968]],
    perWeek: 4,
    weekdays: [0.7, 0.7, 0.8, 0.9, 1.5, 1.6, 1],
    hours: [19, 20, 21, 22, 23],
    fineShare: 0.2,
    summer: 1.8,
  },
  {
    code: 'APV 2:59',
    description: 'Hond niet aangelijnd (demo)',
    places: [[4.7, 51.7925]],
    perWeek: 2,
    weekdays: [1, 1, 1, 1, 1, 1.3, 1.3],
    hours: [7, 8, 9, 18, 19],
    fineShare: 0.3,
  },
];

function poisson(rand: () => number, lambda: number): number {
  const limit = Math.exp(-lambda);
  let k = 0;
  for (let p = rand(); p > limit; p *= rand()) k++;
  return k;
}

const kindOf = (rand: () => number, fineShare: number): EnforcementKind => {
  const r = rand();
  return r < fineShare ? 'fine' : r < fineShare + 0.05 ? 'report' : 'warning';
};

type DemoRow = Omit<NewRegistration, 'area_year' | 'buurt_code' | 'wijk_code'>;

/** The synthetic registrations of the 730 days before `now` (unplaced). */
export function demoRegistrations(gemeente: string, now: Date): DemoRow[] {
  const rand = mulberry32(20260512);
  const rows: DemoRow[] = [];
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  for (let d = 730; d >= 1; d--) {
    const day = new Date(today - d * 86_400_000);
    const weekday = (day.getUTCDay() + 6) % 7;
    const summer = day.getUTCMonth() >= 5 && day.getUTCMonth() <= 7;
    for (const p of PATTERNS) {
      const weights = p.weekdays.reduce((s, w) => s + w, 0);
      const lambda = ((p.perWeek * p.weekdays[weekday]!) / weights) * (summer ? (p.summer ?? 1) : 1);
      for (let k = poisson(rand, lambda); k > 0; k--) {
        const hour = p.hours[Math.floor(rand() * p.hours.length)]!;
        const minute = Math.floor(rand() * 60);
        const local = `${day.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00`;
        const at = parseEventTime(local);
        const [lon, lat] = p.places[Math.floor(rand() * p.places.length)]!;
        const jitter = () => (rand() - 0.5) * 0.0035;
        if (Number.isNaN(at)) continue;
        const point = normalizePoint({
          lon: Math.round((lon + jitter()) * 1e6) / 1e6,
          lat: Math.round((lat + jitter() * 0.6) * 1e6) / 1e6,
        });
        rows.push({
          gemeente_code: gemeente,
          id: crypto.randomUUID(),
          source: 'demo',
          source_ref: `demo-${rows.length + 1}`,
          kind: kindOf(rand, p.fineShare),
          feit_code: p.code,
          description: p.description,
          occurred_at: new Date(at),
          ...point,
          import_id: null,
          demo: true,
        });
      }
    }
  }
  return rows;
}

async function loadEnforcementDemo(ctx: ServiceContext, env: DemoEnv): Promise<string[]> {
  if (env.gemeente !== 'GM0505' || (await countDemo(ctx.db, env.gemeente)) > 0) return [];
  const locator = await getAreaLocator(ctx, env.gemeente).catch(() => null);
  if (!locator) return [];
  const placed: NewRegistration[] = [];
  for (const r of demoRegistrations(env.gemeente, env.now)) {
    const area = locator.locate(r.lon as number, r.lat as number);
    if (area) placed.push({ ...r, area_year: locator.year, buurt_code: area.buurt.code, wijk_code: area.wijk?.code ?? null });
  }
  await insertRegistrations(ctx.db, placed);
  return [`enforcement: ${placed.length} synthetic demo registrations (BOA warnings and fines, 2 years)`];
}

export const enforcementDemo: DemoContent = {
  load: loadEnforcementDemo,
  remove: (ctx, env) => deleteDemo(ctx.db, env.gemeente),
  count: (ctx, env) => countDemo(ctx.db, env.gemeente),
};
