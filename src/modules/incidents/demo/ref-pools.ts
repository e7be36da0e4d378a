/**
 * Pseudonymous offender, victim and address references for synthetic incidents, with the
 * concentration seen in real registrations (few repeat offenders, repeat victims and repeat
 * addresses; most people and places appear once). Each reference is drawn from a mixture:
 *
 * | ref      | pool                                   | repeat share | Zipf s | else                         | format             |
 * |----------|----------------------------------------|--------------|--------|------------------------------|--------------------|
 * | offender | 150 repeat offenders, city-wide         | 30 %         | 0.5    | a new one-time offender       | `SO-000123`        |
 * | victim   | 300 repeat victims, city-wide           | 8 %          | 0.5    | a new one-time victim         | `SV-000123`        |
 * | home     | 3 + population/200 addresses per buurt  | 15 %         | 0.7    | a new address in the buurt    | `SA-BU05050100-0007` |
 * | shop     | 2 + population/2,000 shops per buurt    | 100 %        | 1.0    | —                             | `SA-BU05050100-S02` |
 *
 * With Zipf s = 0.5 over 150 ranks the most active offender has about 4 % of the repeat draws
 * (≈ 80 of the ~19,000 demo incidents of three years); the top 10 about a fifth of them.
 */
import { zipf, type Random } from './seeded-random.ts';
import type { AddressKind } from './time-profiles.ts';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

interface PersonPool {
  prefix: string;
  size: number;
  repeatShare: number;
  s: number;
  next: number;
}

export class RefPools {
  readonly #offenders: PersonPool = { prefix: 'SO', size: 150, repeatShare: 0.3, s: 0.5, next: 151 };
  readonly #victims: PersonPool = { prefix: 'SV', size: 300, repeatShare: 0.08, s: 0.5, next: 301 };
  readonly #addressNext = new Map<string, number>();

  constructor(readonly rnd: Random) {}

  #person(p: PersonPool): string {
    const n = this.rnd.next() < p.repeatShare ? zipf(p.size, p.s, this.rnd) + 1 : p.next++;
    return `${p.prefix}-${pad(n, 6)}`;
  }

  offender(): string {
    return this.#person(this.#offenders);
  }

  victim(): string {
    return this.#person(this.#victims);
  }

  /** An address ref inside `buurt` (population null counts as 1,000). */
  address(kind: Exclude<AddressKind, 'none'>, buurt: string, population: number | null): string {
    const pop = population ?? 1000;
    if (kind === 'shop') return `SA-${buurt}-S${pad(zipf(2 + Math.floor(pop / 2000), 1, this.rnd) + 1, 2)}`;
    const pool = 3 + Math.floor(pop / 200);
    if (this.rnd.next() < 0.15) return `SA-${buurt}-${pad(zipf(pool, 0.7, this.rnd) + 1, 4)}`;
    const next = this.#addressNext.get(buurt) ?? pool + 1;
    this.#addressNext.set(buurt, next + 1);
    return `SA-${buurt}-${pad(next, 4)}`;
  }
}
