/**
 * Bad input for the fuzz: one field of a valid-looking request replaced at a time — in the path,
 * the query, the form or the JSON body (a top-level property, or the body as a whole) — by a value
 * from BAD_VALUES. Variants are chosen with a seeded generator, so a run is repeatable.
 */
import { QueryKeys, RawJson, type Operation, type RequestParts } from './operations.ts';

export type Part = 'path' | 'query' | 'form' | 'body';

export interface Slot {
  part: Part;
  /** The parameter or property name; '' for the body as a whole. */
  name: string;
}

export interface BadValue {
  label: string;
  /** As a path, query or form value. */
  text?: string;
  /** As a JSON body value (default: `text`). */
  json?: unknown;
  /** As a query value with its own keys (repeated or bracketed). */
  query?: QueryKeys;
}

/** As JSON text: JSON.stringify itself overflows the stack on a value this deep. */
const nestedArrays = (depth: number) => new RawJson(`${'['.repeat(depth)}${']'.repeat(depth)}`);

export const BAD_VALUES: BadValue[] = [
  { label: 'NUL', text: 'a\u0000b' },
  { label: 'lone high surrogate', text: 'a\uD800b' },
  { label: 'lone low surrogate', text: '\uDC00' },
  { label: 'overlong string', text: 'x'.repeat(100_000) },
  { label: 'empty', text: '' },
  { label: 'huge number', text: '1e308', json: 1e308 },
  { label: 'beyond double', text: '1e400', json: new RawJson('1e400') },
  { label: 'negative huge', text: '-1e308', json: -1e308 },
  { label: 'unsafe integer', text: '9007199254740993', json: new RawJson('9007199254740993') },
  { label: '400 digits', text: '9'.repeat(400), json: new RawJson('9'.repeat(400)) },
  { label: 'negative', text: '-1', json: -1 },
  { label: 'fraction', text: '0.5', json: 0.5 },
  { label: 'NaN text', text: 'NaN' },
  { label: 'boolean', text: 'true', json: true },
  { label: 'null', text: 'null', json: null },
  {
    label: 'array',
    json: ['a', 'b'],
    query: new QueryKeys([
      ['', 'a'],
      ['', 'b'],
    ]),
  },
  {
    label: 'object',
    json: { a: 1 },
    query: new QueryKeys([
      ['[a]', '1'],
      ['[b][c]', '2'],
    ]),
  },
  { label: 'deep nesting', json: nestedArrays(5000), query: new QueryKeys([[`${'[a]'.repeat(200)}`, 'x']]) },
  { label: 'impossible date', text: '2024-02-30T25:61:00Z' },
  { label: 'SQL quote', text: "' OR '1'='1" },
  { label: 'path traversal', text: '../../etc/passwd' },
  { label: 'template placeholder', text: '{{trackingUrl}}%s%n' },
  { label: 'right-to-left override', text: '\u202Eabc' },
];

export function slotsOf(op: Operation, parts: RequestParts): Slot[] {
  const slots: Slot[] = Object.keys(parts.path).map((name) => ({ part: 'path' as const, name }));
  const query = new Set([...op.params.filter((p) => p.in === 'query').map((p) => p.name), ...Object.keys(parts.query)]);
  for (const name of query) slots.push({ part: 'query', name });
  for (const name of Object.keys(parts.form ?? {})) slots.push({ part: 'form', name });
  if (op.body) {
    for (const name of Object.keys(op.body.properties ?? {})) slots.push({ part: 'body', name });
    slots.push({ part: 'body', name: '' });
  }
  return slots;
}

/** The value a slot takes, or undefined when the bad value has no form for that part. */
function valueFor(slot: Slot, bad: BadValue): unknown {
  if (slot.part === 'body') return 'json' in bad ? bad.json : bad.text;
  if (slot.part === 'query' && bad.query) return bad.query;
  return bad.text;
}

/** `parts` with the one slot replaced; null when the bad value does not apply to the slot. */
export function mutate(parts: RequestParts, slot: Slot, bad: BadValue): RequestParts | null {
  const value = valueFor(slot, bad);
  if (value === undefined) return null;
  const next: RequestParts = {
    path: { ...parts.path },
    query: { ...parts.query },
    body: parts.body,
    ...(parts.form ? { form: { ...parts.form } } : {}),
  };
  if (slot.part === 'path') next.path[slot.name] = value;
  else if (slot.part === 'query') next.query[slot.name] = value;
  else if (slot.part === 'form') next.form![slot.name] = String(value);
  else if (slot.name === '') next.body = value;
  else next.body = { ...(typeof parts.body === 'object' && parts.body !== null ? parts.body : {}), [slot.name]: value };
  return next;
}

/** Mulberry32: a small seeded generator, so a fuzz run can be repeated exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable number from a text (FNV-1a), to give every operation its own seeded sequence. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export interface Variant {
  slot: Slot;
  bad: BadValue;
  parts: RequestParts;
}

/** `count` distinct variants of `parts` (all of them when count ≥ the number possible). */
export function pickVariants(op: Operation, parts: RequestParts, count: number, random: () => number): Variant[] {
  const all: Variant[] = [];
  for (const slot of slotsOf(op, parts)) {
    for (const bad of BAD_VALUES) {
      const mutated = mutate(parts, slot, bad);
      if (mutated) all.push({ slot, bad, parts: mutated });
    }
  }
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, count);
}
