/**
 * Disclosure control for every figure a mission shows — evidence, re-runs, goals and progress,
 * effect, portfolio and the public summary. Missions read their figures as aggregates under a
 * system actor (aggregate-context.ts); what leaves the module is decided here, for the caller:
 *
 * - the workbench rule (workbench `Disclosure`, STADSVEILIG_MIN_CELL_COUNT): for callers without
 *   `analysis:detail` a count 0 < n < min is null, and every value derived from it (rates, ratios,
 *   p, shares, levels and slopes, DiD/WDD) with it. Zeros are shown. Suppressed, never rounded;
 * - too few events: when the total of a result is hidden, every figure of that result is hidden
 *   (profiles, shares and peak hours of a handful of events identify them as well as counts do);
 * - minimum scope: a grid-cell or drawn scope smaller than STADSVEILIG_MISSION_MIN_SCOPE_HECTARES,
 *   or a buurt scope with fewer than STADSVEILIG_MISSION_MIN_SCOPE_BUURTEN buurten, shows no figure
 *   at all (zeros included) to those callers: the differences between small, overlapping scopes
 *   would otherwise give away single events;
 * - public pages (no login) always get the strictest rule, whoever looks.
 * Analysts (`analysis:detail`) see every figure.
 */
import { can, type ServiceContext } from '../../core/context.ts';
import { normalizePoint } from '../areas/index.ts';
import { Disclosure } from '../analysis/index.ts';
import { polygonsOfScope, type Scope } from './scope/scope.ts';

export interface FigureSettings {
  minCellCount: number;
  minScopeHectares: number;
  minScopeBuurten: number;
}

/** What a reply says about the rule it was shown under (`disclosure` in the API). */
export interface DisclosureInfo {
  detail: boolean;
  minCount: number;
  suppressed: number;
  smallScope: boolean;
  note: string | null;
}

const ringArea = (ring: [number, number][]) => {
  const rd = ring.map(([lon, lat]) => normalizePoint({ lon, lat }));
  let twice = 0;
  for (let i = 0; i < rd.length; i++) {
    const a = rd[i]!;
    const b = rd[(i + 1) % rd.length]!;
    twice += a.x * b.y - b.x * a.y;
  }
  return Math.abs(twice) / 2;
};

/** Area of a grid-cell or polygon scope in hectares (RD New m² / 10,000); null for buurten scopes. */
export function scopeHectares(scope: Scope): number | null {
  if (scope.kind === 'cells') return (new Set(scope.cells.map(([x, y]) => `${x},${y}`)).size * scope.cellSize ** 2) / 10_000;
  if (scope.kind === 'polygon') {
    const m2 = polygonsOfScope(scope).reduce(
      (sum, [outer, ...holes]) => sum + ringArea(outer!) - holes.reduce((h, r) => h + ringArea(r), 0),
      0,
    );
    return m2 / 10_000;
  }
  return null;
}

const nl = (v: number) => v.toLocaleString('nl-NL', { maximumFractionDigits: 1 });

/** Why the scope is too small to show figures to callers without analysis:detail, or null. */
export function smallScopeReason(scope: Scope, s: FigureSettings): string | null {
  if (scope.kind === 'buurten') {
    return scope.codes.length < s.minScopeBuurten
      ? `Het gebied van deze opgave heeft ${scope.codes.length} ${scope.codes.length === 1 ? 'buurt' : 'buurten'}; cijfers worden pas getoond vanaf ${s.minScopeBuurten} buurten.`
      : null;
  }
  const ha = scopeHectares(scope)!;
  return ha < s.minScopeHectares
    ? `Het gebied van deze opgave is ${nl(ha)} ha; cijfers worden pas getoond vanaf ${nl(s.minScopeHectares)} ha.`
    : null;
}

/** The rule one reply is shown under; counts how many figures it hid. */
export class FigureRule {
  private readonly rule: Disclosure;
  private readonly tally: { hidden: number };

  constructor(
    readonly detail: boolean,
    readonly min: number,
    readonly smallScope: string | null,
    private readonly hideAll = false,
    tally?: { hidden: number },
  ) {
    this.rule = new Disclosure(detail, min);
    this.tally = tally ?? { hidden: 0 };
  }

  /** Whether the caller may not see count `v` (not counted). */
  hides(v: number | null): boolean {
    if (this.detail || v === null) return false;
    return this.hideAll || this.smallScope !== null || this.rule.isHidden(v);
  }

  /** A count (or a sum of counts, an aoristic weight): null when hidden. */
  count(v: number): number | null;
  count(v: number | null): number | null;
  count(v: number | null): number | null {
    if (v === null) return null;
    if (!this.hides(v)) return v;
    this.tally.hidden++;
    return null;
  }

  /** A whole figure the caller may not see (e.g. a snapshot): null, counted. */
  withhold(): null {
    this.tally.hidden++;
    return null;
  }

  /** `value` unless one of the counts it is derived from is hidden. */
  derived<T>(from: readonly (number | null)[], value: T): T | null {
    return from.some((v) => this.hides(v)) ? null : value;
  }

  /** The rule for the figures of a result with `total` events: all hidden when the total is. */
  forTotal(total: number): FigureRule {
    return this.hides(total) ? new FigureRule(this.detail, this.min, this.smallScope, true, this.tally) : this;
  }

  get suppressed(): number {
    return this.tally.hidden;
  }

  /** Dutch text for the reader: why figures are missing (null when none were hidden). */
  note(): string | null {
    if (this.detail || this.tally.hidden === 0) return null;
    return (
      this.smallScope ??
      `Aantallen van 1 tot en met ${this.min - 1} (en wat ervan is afgeleid) worden niet getoond aan wie geen detailcijfers mag zien.`
    );
  }

  info(): DisclosureInfo {
    return {
      detail: this.detail,
      minCount: this.min,
      suppressed: this.tally.hidden,
      smallScope: !this.detail && this.smallScope !== null,
      note: this.note(),
    };
  }
}

/** The caller's rule for the figures of a mission with `scope`; `public` pages get the strictest. */
export function figureRule(ctx: ServiceContext, s: FigureSettings, scope: Scope, options: { public?: boolean } = {}): FigureRule {
  const detail = !options.public && can(ctx.actor, 'analysis:detail');
  return new FigureRule(detail, s.minCellCount, smallScopeReason(scope, s));
}
