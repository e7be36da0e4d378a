/**
 * Made-up residents' reports for the demo, seeded and deterministic (same input → same reports).
 * Pure: no I/O. Rules:
 *
 * - **When.** The 12 months before `now`; a day is drawn with a weekday weight and an hour with an
 *   hour weight of the category's kind (Europe/Amsterdam wall time): nuisance in the evening and at
 *   night, most on Friday and Saturday; waste in the morning on weekdays; public space in daytime.
 * - **What.** The kinds' shares (nuisance 35 %, waste 30 %, public space 25 %, other 10 %) split
 *   evenly over the active, non-sensitive sub-categories of each kind (nuisance by the category's role, the rest by slug, see `kindOf`).
 * - **Where.** A buurt drawn by population, a point inside it (the caller's `pointIn`): a
 *   buurt-level place, no address.
 * - **Workflow.** Older than twice its handling time: closed (done, a few cancelled) except ~3 %
 *   left open past their deadline; younger: new, accepted, in progress or done. Each step is a
 *   history entry at a plausible time.
 * - **Who.** Nobody: no contact details, no names, a generic description per kind.
 */
import { mulberry32 } from '../../../core/seeded-random.ts';

export type DemoKind = 'nuisance' | 'waste' | 'public-space' | 'other';

export interface DemoCategory {
  slug: string;
  handlingDays: number;
  /** The category's nuisance role (it counts in the "reported nuisance" index). */
  nuisance: boolean;
}

export interface DemoBuurt {
  code: string;
  population: number;
}

export interface DemoStep {
  at: Date;
  from: string | null;
  to: string;
}

export interface DemoSignal {
  categorySlug: string;
  kind: DemoKind;
  buurtCode: string;
  createdAt: Date;
  status: 'new' | 'accepted' | 'in_progress' | 'done' | 'cancelled';
  closedAt: Date | null;
  steps: DemoStep[];
  description: string;
}

export interface DemoSignalInput {
  seed: number;
  now: Date;
  count: number;
  categories: DemoCategory[];
  buurten: DemoBuurt[];
  /** Minutes to add to Europe/Amsterdam wall time to get UTC, for a wall time (ms). */
  utcOffsetMinutes: (wallMs: number) => number;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

const KIND_SHARE: Record<DemoKind, number> = { nuisance: 0.35, waste: 0.3, 'public-space': 0.25, other: 0.1 };

/** Mon..Sun weights and 24 hour weights per kind. */
const PROFILES: Record<DemoKind, { days: number[]; hours: number[] }> = {
  nuisance: {
    days: [0.7, 0.7, 0.8, 0.9, 1.6, 1.8, 1.1],
    hours: [2.5, 2, 1.2, 0.5, 0.2, 0.1, 0.1, 0.2, 0.3, 0.3, 0.4, 0.5, 0.6, 0.6, 0.7, 0.8, 1, 1.2, 1.5, 2, 2.6, 3, 3.2, 3],
  },
  waste: {
    days: [1.4, 1.2, 1.1, 1.1, 1, 0.7, 0.5],
    hours: [0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 1, 2.2, 3, 3, 2.6, 2, 1.5, 1.2, 1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1],
  },
  'public-space': {
    days: [1.2, 1.2, 1.2, 1.2, 1.1, 0.6, 0.5],
    hours: [0.1, 0.05, 0.05, 0.05, 0.1, 0.2, 0.5, 1, 1.6, 2, 2, 1.9, 1.7, 1.8, 1.8, 1.6, 1.4, 1.1, 0.9, 0.8, 0.8, 0.6, 0.3, 0.2],
  },
  other: {
    days: [1, 1, 1, 1, 1, 0.8, 0.7],
    hours: [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.4, 0.8, 1.2, 1.4, 1.4, 1.3, 1.2, 1.2, 1.2, 1.2, 1.1, 1, 1, 0.9, 0.8, 0.6, 0.4, 0.3],
  },
};

const DESCRIPTIONS: Record<DemoKind, string> = {
  nuisance: 'Voorbeeldmelding (demo): overlast op straat.',
  waste: 'Voorbeeldmelding (demo): afval naast de container.',
  'public-space': 'Voorbeeldmelding (demo): iets in de openbare ruimte is kapot of onveilig.',
  other: 'Voorbeeldmelding (demo).',
};

/** The kind of a category: nuisance by its role; the time profile of the others guessed from the slug. */
export function kindOf(category: Pick<DemoCategory, 'slug' | 'nuisance'>): DemoKind {
  if (category.nuisance) return 'nuisance';
  const slug = category.slug;
  if (/afval|vuil|dump|container/.test(slug)) return 'waste';
  if (/verlichting|weg|stoep|groen|vernieling|graffiti|verkeer|parkeren|straat/.test(slug)) return 'public-space';
  return 'other';
}

/** Draws an index with probability proportional to `weights`. */
function drawIndex(weights: readonly number[], r: number): number {
  const total = weights.reduce((s, w) => s + w, 0);
  let x = r * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i]!;
    if (x < 0) return i;
  }
  return weights.length - 1;
}

/** Category weights: the kind's share split evenly over its categories (kinds without one drop out). */
function categoryWeights(categories: DemoCategory[]): number[] {
  const perKind = new Map<DemoKind, number>();
  for (const c of categories) perKind.set(kindOf(c), (perKind.get(kindOf(c)) ?? 0) + 1);
  return categories.map((c) => KIND_SHARE[kindOf(c)] / perKind.get(kindOf(c))!);
}

/** A created time (UTC) in the year before `now`, after the kind's weekday and hour profile. */
function drawTime(input: DemoSignalInput, kind: DemoKind, rnd: () => number): Date {
  const p = PROFILES[kind];
  for (;;) {
    const daysBack = 1 + Math.floor(rnd() * 365);
    const dayStart = Math.floor((input.now.getTime() - daysBack * DAY) / DAY) * DAY;
    const weekday = (new Date(dayStart).getUTCDay() + 6) % 7;
    if (rnd() * 1.8 > p.days[weekday]!) continue;
    const wall = dayStart + drawIndex(p.hours, rnd()) * HOUR + Math.floor(rnd() * 60) * 60_000;
    const at = wall - input.utcOffsetMinutes(wall) * 60_000;
    if (at < input.now.getTime()) return new Date(at);
  }
}

/** Status and history of a report created at `created`, as the workflow would have taken it by `now`. */
function workflow(created: Date, handlingDays: number, now: Date, rnd: () => number): Pick<DemoSignal, 'status' | 'closedAt' | 'steps'> {
  const age = (now.getTime() - created.getTime()) / DAY;
  const window = Math.max(1, handlingDays) * 1.4;
  const steps: DemoStep[] = [{ at: created, from: null, to: 'new' }];
  const after = (hours: number) => new Date(Math.min(now.getTime() - 60_000, created.getTime() + hours * HOUR));
  const r = rnd();
  const old = age > 2 * window;
  const status: DemoSignal['status'] = old
    ? r < 0.03
      ? 'in_progress'
      : r < 0.08
        ? 'cancelled'
        : 'done'
    : r < 0.25
      ? 'new'
      : r < 0.45
        ? 'accepted'
        : r < 0.7
          ? 'in_progress'
          : 'done';
  if (status === 'new') return { status, closedAt: null, steps };
  const accepted = after(1 + rnd() * 20);
  steps.push({ at: accepted, from: 'new', to: 'accepted' });
  if (status === 'accepted') return { status, closedAt: null, steps };
  if (status === 'cancelled') {
    const at = after(24 + rnd() * 48);
    steps.push({ at, from: 'accepted', to: 'cancelled' });
    return { status, closedAt: at, steps };
  }
  steps.push({ at: after(24 + rnd() * 24), from: 'accepted', to: 'in_progress' });
  if (status === 'in_progress') return { status, closedAt: null, steps };
  const closed = after(48 + rnd() * (window * 24 - 24));
  steps.push({ at: closed, from: 'in_progress', to: 'done' });
  return { status, closedAt: closed, steps };
}

export function generateDemoSignals(input: DemoSignalInput): DemoSignal[] {
  const rnd = mulberry32(input.seed);
  const weights = categoryWeights(input.categories);
  const population = input.buurten.map((b) => Math.max(0, b.population));
  const out: DemoSignal[] = [];
  if (!input.categories.length || !input.buurten.length || population.every((p) => p === 0)) return out;
  for (let k = 0; k < input.count; k++) {
    const category = input.categories[drawIndex(weights, rnd())]!;
    const kind = kindOf(category);
    const buurt = input.buurten[drawIndex(population, rnd())]!;
    const createdAt = drawTime(input, kind, rnd);
    out.push({
      categorySlug: category.slug,
      kind,
      buurtCode: buurt.code,
      createdAt,
      ...workflow(createdAt, category.handlingDays, input.now, rnd),
      description: DESCRIPTIONS[kind],
    });
  }
  return out.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}
