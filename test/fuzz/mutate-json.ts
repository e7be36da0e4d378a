/**
 * Mutations of a valid JSON document (GeoJSON, a JSON array of reports): a random node replaced by a
 * value of another type, a key deleted, an array element repeated (duplicate ids), NUL characters
 * and lone surrogates in strings, numbers beyond double range, deep nesting, a wrong top level.
 * Structural mutations work on the parsed value (walked without recursion: nesting is an input).
 */
import type { Mutated, TextMutation } from './mutate-text.ts';
import type { Rng } from './random.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Slot = { parent: Json[] | { [k: string]: Json }; key: string | number; value: Json; path: string };

function slots(root: Json): Slot[] {
  const out: Slot[] = [];
  const stack: { value: Json; path: string }[] = [{ value: root, path: '$' }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        out.push({ parent: value, key: i, value: v, path: `${path}[${i}]` });
        stack.push({ value: v, path: `${path}[${i}]` });
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        out.push({ parent: value, key: k, value: v, path: `${path}.${k}` });
        stack.push({ value: v, path: `${path}.${k}` });
      }
    }
  }
  return out;
}

function deep(depth: number): Json {
  let v: Json = 1;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

const REPLACEMENTS: ((rng: Rng) => Json)[] = [
  () => null,
  () => 0,
  () => -1,
  () => 1e308,
  () => -1e308,
  () => 5e-324,
  () => '',
  () => 'x',
  () => [],
  () => ({}),
  () => true,
  () => '1e999',
  () => 'NaN',
  () => '2023-02-30',
  () => 'BU0505',
  () => [[1, 2]],
  () => ({ type: 'Point', coordinates: [4.6, 51.8] }),
  (rng) => 'A'.repeat(rng.pick([1000, 100_000, 1_200_000])),
  (rng) => deep(rng.pick([50, 500])),
  () => '\u0000',
  () => 'a\ud800b',
  () => Number.MAX_SAFE_INTEGER + 2,
  // An integer beyond 2⁵³ (written as the double it is: 12345678901234567890 rounds to this value).
  () => 12345678901234567000,
  () => '\u202e',
  () => ['a', 'b'],
];

function describe(v: Json): string {
  try {
    return JSON.stringify(v)?.slice(0, 40) ?? String(v);
  } catch {
    return 'a deep value';
  }
}

function mutateParsed(text: string, f: (root: Json, s: Slot[]) => string): Mutated {
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch {
    return { bytes: Buffer.from(text), label: 'unparsable base' };
  }
  // A value nested 10⁵ deep (a first mutation's) overflows JSON.stringify's stack: keep the text as it is then.
  try {
    const label = f(root, slots(root));
    return { bytes: Buffer.from(JSON.stringify(root)), label };
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    return { bytes: Buffer.from(text), label: 'too deep to change: kept as it was' };
  }
}

export const jsonMutations: Record<string, TextMutation> = {
  replaceNode: (t, rng) =>
    mutateParsed(t, (_root, s) => {
      if (!s.length) return 'no node';
      const slot = rng.pick(s);
      const v = rng.pick(REPLACEMENTS)(rng);
      (slot.parent as Record<string | number, Json>)[slot.key] = v;
      return `${slot.path} := ${describe(v)}`;
    }),
  replaceLeaf: (t, rng) =>
    mutateParsed(t, (_root, s) => {
      const leaves = s.filter((x) => x.value === null || typeof x.value !== 'object');
      if (!leaves.length) return 'no leaf';
      const slot = rng.pick(leaves);
      const v = rng.pick(REPLACEMENTS)(rng);
      (slot.parent as Record<string | number, Json>)[slot.key] = v;
      return `${slot.path} := ${describe(v)}`;
    }),
  deleteKey: (t, rng) =>
    mutateParsed(t, (_root, s) => {
      const keyed = s.filter((x) => !Array.isArray(x.parent));
      if (!keyed.length) return 'no key';
      const slot = rng.pick(keyed);
      delete (slot.parent as Record<string, Json>)[slot.key as string];
      return `${slot.path} deleted`;
    }),
  repeatElement: (t, rng) =>
    mutateParsed(t, (_root, s) => {
      const inArray = s.filter((x) => Array.isArray(x.parent));
      if (!inArray.length) return 'no array';
      const slot = rng.pick(inArray);
      (slot.parent as Json[]).push(JSON.parse(JSON.stringify(slot.value)) as Json);
      return `${slot.path} repeated at the end`;
    }),
  nulInString: (t, rng) =>
    mutateParsed(t, (_root, s) => {
      const strings = s.filter((x) => typeof x.value === 'string');
      if (!strings.length) return 'no string';
      const slot = rng.pick(strings);
      const c = rng.pick(['\u0000', '\ud800', '\udfff']);
      (slot.parent as Record<string | number, Json>)[slot.key] =
        `${(slot.value as string).slice(0, 3)}${c}${(slot.value as string).slice(3)}`;
      return `${slot.path} holds U+${c.charCodeAt(0).toString(16)}`;
    }),
  hugeNumberText: (t, rng) => {
    const numbers = [...t.matchAll(/-?\d+\.\d+/g)];
    if (!numbers.length) return { bytes: Buffer.from(t), label: 'no number' };
    const m = rng.pick(numbers);
    const v = rng.pick(['1e999', '-1e999', '1e308', '1e-999', '123456789012345678901234567890']);
    return { bytes: Buffer.from(t.slice(0, m.index) + v + t.slice(m.index! + m[0].length)), label: `number at ${m.index} := ${v}` };
  },
  wrongTopLevel: (t, rng) => {
    const v = rng.pick([
      '[]',
      '{}',
      'null',
      '"text"',
      '42',
      `[${t}]`,
      '{"type":"FeatureCollection"}',
      '{"type":"FeatureCollection","features":{}}',
    ]);
    return { bytes: Buffer.from(v.length > 60 ? v : v), label: `top level ${v.slice(0, 30)}` };
  },
  deepNesting: (_t, rng) => {
    const d = rng.pick([1000, 100_000]);
    return { bytes: Buffer.from('['.repeat(d) + ']'.repeat(d)), label: `${d} nested arrays` };
  },
  trailingGarbage: (t) => ({ bytes: Buffer.from(`${t}\n{"more": 1}`), label: 'a second document after the first' }),
};
