/**
 * Bad bytes are refused once, at the edge, for every route: a NUL character (PostgreSQL refuses
 * it in text, so it used to surface as a 500) or a lone UTF-16 surrogate (not valid Unicode; it
 * would be stored as U+FFFD) anywhere in the path parameters, the query or a parsed body — values
 * and keys, at any depth — is answered with 400 problem+json naming the field. Bodies nested deeper
 * than MAX_BODY_DEPTH are refused too: JSON.parse accepts any depth, but every recursive step after
 * it (validation, JSON.stringify into the database) would overflow the stack.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalidInput, type FieldError } from '../core/errors.ts';

/** Objects and arrays inside each other; the deepest legitimate body (GeoJSON in a mission) needs ~8. */
export const MAX_BODY_DEPTH = 32;
/** At most this many bad fields are named in one reply. */
const MAX_REPORTED = 20;

/** A high surrogate without its low half, or a low one without its high half (linear: no nesting). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string may not enter the system, or null when it may. */
export function badCharacterIn(value: string): string | null {
  if (value.includes('\u0000')) return 'contains a NUL character (\\u0000)';
  if (LONE_SURROGATE.test(value)) return 'contains a lone surrogate (not valid Unicode)';
  return null;
}

interface Pending {
  value: unknown;
  name: string;
  depth: number;
}

/**
 * Every bad string (value or key) and every nesting beyond `maxDepth` under `part`, as field errors
 * named like the validation errors (`query.q`, `body.items.0.name`). Iterative: no recursion on
 * attacker-controlled depth.
 */
export function findBadInput(part: string, root: unknown, maxDepth = Number.POSITIVE_INFINITY): FieldError[] {
  const errors: FieldError[] = [];
  const stack: Pending[] = [{ value: root, name: part, depth: 0 }];
  while (stack.length && errors.length < MAX_REPORTED) {
    const { value, name, depth } = stack.pop()!;
    if (typeof value === 'string') {
      const reason = badCharacterIn(value);
      if (reason) errors.push({ name, reason });
      continue;
    }
    if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) continue;
    if (depth >= maxDepth) {
      errors.push({ name, reason: `is nested deeper than ${maxDepth} levels` });
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      const keyReason = badCharacterIn(key);
      const shownKey = keyReason ? key.replaceAll('\u0000', '\\u0000').slice(0, 100) : key;
      if (keyReason) errors.push({ name: `${name}.${shownKey}`, reason: `name ${keyReason}` });
      else stack.push({ value: child, name: `${name}.${key}`, depth: depth + 1 });
    }
  }
  return errors;
}

/**
 * A parameter given twice (`?id=a&id=b`) arrives as an array. Routes whose query or form body no
 * schema validates (Open311) read each value as one string, so there a repeat is refused.
 */
function repeatedKeys(part: string, values: unknown): FieldError[] {
  if (values === null || typeof values !== 'object') return [];
  return Object.entries(values)
    .filter(([, v]) => Array.isArray(v))
    .map(([k]) => ({ name: `${part}.${k}`, reason: 'is given more than once' }));
}

function badInputOf(request: FastifyRequest): FieldError[] {
  const schema = request.routeOptions.schema;
  const form = String(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
  return [
    ...findBadInput('params', request.params),
    ...findBadInput('query', request.query),
    ...findBadInput('body', request.body, MAX_BODY_DEPTH),
    ...(schema?.querystring ? [] : repeatedKeys('query', request.query)),
    ...(schema?.body || !form ? [] : repeatedKeys('body', request.body)),
  ];
}

export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const errors = badInputOf(request);
    if (errors.length === 0) return;
    throw invalidInput(errors, 'The request holds characters or nesting that are not accepted.');
  });
}
