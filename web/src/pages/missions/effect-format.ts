/**
 * Words and numbers of the effect view. The server computes everything (missions/effect-service.ts);
 * this formats the IRR, its interval and the displacement figures, and says in plain words what an
 * interval means — always together with the server's method text and caveats. Pure.
 */
import type { Did, Wdd } from './types.ts';

const nf = (locale: string, digits: number) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function formatIrr(did: Did, locale: string): { irr: string; ci: string; percent: string; p: string } {
  const two = nf(locale, 2);
  return {
    irr: two.format(did.irr),
    ci: `${two.format(did.ciLow)} – ${two.format(did.ciHigh)}`,
    percent: `${formatSigned(Math.round(did.percentChange), locale)}%`,
    p: did.p < 0.001 ? `< ${nf(locale, 3).format(0.001)}` : nf(locale, 3).format(did.p),
  };
}

export type IrrReading = 'decrease' | 'increase' | 'unclear';

/** Beyond chance only when the whole 95% interval lies below (or above) 1. */
export function readIrr(did: Did): IrrReading {
  if (did.ciHigh < 1) return 'decrease';
  if (did.ciLow > 1) return 'increase';
  return 'unclear';
}

export type WddReading = 'displacement' | 'diffusion' | 'none';

/** WDD's displacement term: > 0 the ring rose relative to its comparison (displacement), < 0 diffusion of benefits. */
export function readWdd(wdd: Wdd): { displacement: WddReading; totalSignificant: boolean } {
  return {
    displacement: wdd.displacement > 0 ? 'displacement' : wdd.displacement < 0 ? 'diffusion' : 'none',
    totalSignificant: wdd.ciHigh < 0 || wdd.ciLow > 0,
  };
}

export function formatSigned(value: number, locale: string, digits = 0): string {
  const s = nf(locale, digits).format(Math.abs(value));
  return value > 0 ? `+${s}` : value < 0 ? `−${s}` : s;
}

/** Re-run changes as "59 → 61 (+2)". */
export function formatChange(c: { frozen: number; fresh: number; difference: number }, locale: string): string {
  const f = (v: number) => nf(locale, Number.isInteger(v) ? 0 : 2).format(v);
  return `${f(c.frozen)} → ${f(c.fresh)} (${formatSigned(c.difference, locale, Number.isInteger(c.difference) ? 0 : 2)})`;
}
