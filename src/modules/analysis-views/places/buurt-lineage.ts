/**
 * One buurt code per place for weekly series (trends, alerts) that cross an indeling change.
 *
 * Events are placed in the buurt of their own CBS indeling (incidents/event-areas.ts: with 2020
 * and 2024 loaded, 2020 codes for 2020–2023 events, 2024 codes from 2024). A buurt that keeps its
 * code is one series; where the code changes, a series would split at the change and the
 * early-warning baseline (earlier years) would be lost. Rule: every event is counted under the
 * code of its buurt in the **newest** loaded indeling —
 * - a code that is in the newest indeling is that buurt (code identity: the areas module's `same`);
 * - any other code follows the areas module's relations (`getArea(…).relations`) one indeling at a
 *   time, while the step has exactly one target and says it is the same area (`same`, or
 *   `renamed`: the same area under another code) or a clear successor (`merged`: the old buurt
 *   lies wholly inside the new one);
 * - `split`, `discontinued`, several targets, no relation, or a walk that does not reach the
 *   newest indeling: the events stay under their own code, and `meta.notes` says so.
 * Reports (signals) carry no indeling; their code is read in the newest indeling that holds it.
 * Note: the areas import derives relations from code identity only (same / new / discontinued),
 * so a changed code is mapped only where relations from CBS's conversion tables were stored.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import type { Db } from '../../../db/database.ts';
import { getArea, listVintages, type AreaDetail } from '../../areas/index.ts';
import { NONE, type EventTable } from '../../incidents/index.ts';
import { buurtIndex, type BuurtIndex } from './buurten.ts';

type Relation = AreaDetail['relations'][number];
/** Relation kinds that carry a buurt's series on under the target code. */
const CARRIES = new Set(['same', 'renamed', 'merged']);

export type Step = { year: number; code: string; relation: string } | { stop: string };

/** Where (year, code) goes in the next indeling, by `relations` (rows of any years; `new` rows are not steps). */
export function nextStep(relations: readonly Relation[], year: number, code: string): Step {
  const out = relations.filter((r) => r.fromYear === year && r.fromCode === code && r.relation !== 'new');
  if (out.length === 0) return { stop: 'no relation to a later indeling' };
  const first = out[0]!;
  const targets = [...new Set(out.map((r) => r.toCode))];
  if (targets.length > 1 || first.relation === 'split')
    return { stop: `split in ${first.toYear} (${targets.filter((t) => t !== null).join(', ')})` };
  const to = targets[0];
  if (!to || first.relation === 'discontinued') return { stop: `discontinued in ${first.toYear}` };
  if (!out.every((r) => CARRIES.has(r.relation))) return { stop: `'${first.relation}' to ${to} in ${first.toYear} is not the same area` };
  return { year: first.toYear, code: to, relation: first.relation };
}

/** The code an event's buurt is counted under, its name, and a note for meta.notes when the code changed or could not be mapped. */
export interface NewestCode {
  code: string;
  name: string | null;
  note: string | null;
}

async function areaOrNull(ctx: ServiceContext, gemeente: string, code: string, year: number): Promise<AreaDetail | null> {
  try {
    return await getArea(ctx, gemeente, code, year);
  } catch (err) {
    if (err instanceof AppError && err.status === 404) return null;
    throw err;
  }
}

/** The area of `code` in indeling `year`, or (year 0: unknown) in the newest older indeling holding it. */
async function startArea(
  ctx: ServiceContext,
  gemeente: string,
  code: string,
  year: number,
  newest: number,
): Promise<{ year: number; area: AreaDetail } | null> {
  const years = year > 0 ? [year] : (await listVintages(ctx, gemeente)).map((v) => v.year).filter((y) => y < newest);
  for (const y of years) {
    const area = await areaOrNull(ctx, gemeente, code, y);
    if (area) return { year: y, area };
  }
  return null;
}

async function resolve(ctx: ServiceContext, gemeente: string, newest: BuurtIndex, year: number, code: string): Promise<NewestCode> {
  const same = newest.byCode.get(code);
  if (same) return { code, name: same.name, note: null };
  const start = await startArea(ctx, gemeente, code, year, newest.year);
  if (!start) return { code, name: null, note: `${code} is in no loaded indeling; its events are counted under this code` };
  const own = (why: string): NewestCode => ({
    code,
    name: start.area.properties.name,
    note: `${code} (indeling ${start.year}): ${why}; its events are counted under this code`,
  });
  let at = { year: start.year, code, area: start.area as AreaDetail | null };
  const path: string[] = [];
  while (at.year < newest.year && at.area) {
    const step = nextStep(at.area.relations, at.year, at.code);
    if ('stop' in step) return own(step.stop);
    path.push(`${step.relation} ${step.code} (${step.year})`);
    at = { year: step.year, code: step.code, area: step.year < newest.year ? await areaOrNull(ctx, gemeente, step.code, step.year) : null };
  }
  const hit = at.year === newest.year ? newest.byCode.get(at.code) : undefined;
  if (!hit) return own(`no successor in the newest indeling ${newest.year}`);
  return {
    code: hit.code,
    name: hit.name,
    note: `${code} (indeling ${start.year}) counted as ${hit.code} (indeling ${newest.year}): ${path.join(', ')}`,
  };
}

const TTL_MS = 60_000;
const cache = new WeakMap<Db, Map<string, { at: number; value: Promise<NewestCode> }>>();

/** The newest-indeling code of `code` placed in indeling `year` (0 = unknown), cached per database for a minute. */
export function newestCode(ctx: ServiceContext, gemeente: string, newest: BuurtIndex, year: number, code: string): Promise<NewestCode> {
  let m = cache.get(ctx.db);
  if (!m) cache.set(ctx.db, (m = new Map()));
  const key = `${gemeente}|${newest.year}|${year}|${code}`;
  const hit = m.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = resolve(ctx, gemeente, newest, year, code);
  m.set(key, { at: Date.now(), value });
  value.catch(() => m.delete(key));
  return value;
}

/** Series keys of buurten: one per newest-indeling code (plus unmapped old codes). */
export interface PlaceKeys {
  codes: string[];
  names: (string | null)[];
  /** Key of event k (an event of the `idx` given), −1 without a buurt. */
  keyOf(k: number): number;
  notes: string[];
}

/** The (indeling, buurt) pairs of the events `idx`: indeling year → flags over `table.areaCodes`. */
function pairsOf(table: EventTable, idx: Uint32Array): Map<number, Uint8Array> {
  const seen = new Map<number, Uint8Array>();
  let year = -1;
  let flags: Uint8Array | undefined;
  for (let i = 0; i < idx.length; i++) {
    const k = idx[i]!;
    const b = table.buurt[k]!;
    if (b === NONE) continue;
    if (table.areaYear[k] !== year) {
      year = table.areaYear[k]!;
      flags = seen.get(year);
      if (!flags) seen.set(year, (flags = new Uint8Array(table.areaCodes.length)));
    }
    flags![b] = 1;
  }
  return seen;
}

/** Keys of the events `idx` of `table` under the newest-indeling rule above. */
export async function placeKeys(ctx: ServiceContext, gemeente: string, table: EventTable, idx: Uint32Array): Promise<PlaceKeys> {
  const newest = await buurtIndex(ctx, gemeente);
  const codes: string[] = [];
  const names: (string | null)[] = [];
  const keyOfCode = new Map<string, number>();
  const notes = new Set<string>();
  const remap = new Map<number, Int32Array>();
  for (const [year, flags] of pairsOf(table, idx)) {
    const r = new Int32Array(flags.length).fill(-1);
    remap.set(year, r);
    const buurten = [...flags.keys()].filter((b) => flags[b]);
    const found = await Promise.all(buurten.map((b) => newestCode(ctx, gemeente, newest, year, table.areaCodes[b]!)));
    found.forEach((n, i) => {
      let key = keyOfCode.get(n.code);
      if (key === undefined) {
        keyOfCode.set(n.code, (key = codes.length));
        codes.push(n.code);
        names.push(n.name);
      }
      r[buurten[i]!] = key;
      if (n.note) notes.add(n.note);
    });
  }
  let year = -1;
  let r: Int32Array | undefined;
  const keyOf = (k: number) => {
    const b = table.buurt[k]!;
    if (b === NONE) return -1;
    if (table.areaYear[k] !== year) r = remap.get((year = table.areaYear[k]!));
    return r ? r[b]! : -1;
  };
  return { codes, names, keyOf, notes: [...notes].sort() };
}
