/**
 * Input fuzz of every operation (OpenAPI plus the hidden Open311 routes), as an administrator and
 * anonymously: NUL, lone surrogates, overlong strings, deep nesting, wrong types, huge numbers in
 * the path, the query, the form and the body. Never a 5xx; every refusal is problem+json with the
 * security headers (Open311: its own error list). A fixed seed picks STADSVEILIG_FUZZ_VARIANTS
 * (default 6) variants per operation and caller; set it to 1000 to send every variant.
 * The PDF report is asked for a wijk that does not exist and Chromium points nowhere, so no
 * browser starts (a request that reached it would answer 503 and fail here).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { sampleParts, toInject, type Operation, type RequestParts } from './operations.ts';
import { BAD_VALUES, hashText, mutate, pickVariants, seededRandom, slotsOf, type Slot } from './mutations.ts';
import { addressSequence, createSecurityApp, type SecurityApp } from './security-app.ts';

const SEED = 20_251_010;
const VARIANTS = Number(process.env.STADSVEILIG_FUZZ_VARIANTS ?? 6);
const keyOf = (op: Operation) => `${op.method} ${op.path}`;
const ENDS_SESSION = new Set(['DELETE /api/v1/session']);
/** Problem types of input that got past the module's checks and was refused by the database (db/database-errors.ts). */
const DATABASE_REFUSALS = /problems\/(invalid-value|unknown-reference|too-complex)"/;

/** What is wrong with a reply, or null when it is a proper answer. */
function replyProblem(op: Operation, res: LightMyRequestResponse): string | null {
  if (res.statusCode >= 500) return `answered ${res.statusCode}: ${res.body.slice(0, 200)}`;
  if (res.headers['x-content-type-options'] !== 'nosniff' || res.headers['x-frame-options'] !== 'DENY') return 'security headers missing';
  const open311 = op.path.startsWith('/open311/');
  if (!open311 && res.headers['cache-control'] !== 'no-store' && !String(res.headers['content-type']).startsWith('image/'))
    return 'cache-control no-store missing';
  if (res.statusCode < 400) return null;
  if (open311) {
    const ok = res.body.startsWith('<?xml')
      ? res.body.includes(`<code>${res.statusCode}</code>`)
      : (res.json() as Array<{ code: number }>)[0]?.code === res.statusCode;
    return ok ? null : `not an Open311 error list: ${res.body.slice(0, 200)}`;
  }
  if (res.headers['content-type'] !== 'application/problem+json; charset=utf-8') return `refusal as ${res.headers['content-type']}`;
  const body = res.json() as { type?: string; title?: string; status?: number };
  return body.status === res.statusCode && body.type && body.title ? null : `not a problem document: ${res.body.slice(0, 200)}`;
}

describe('input fuzz of every operation', () => {
  let s: SecurityApp;
  const nextAddress = addressSequence('198.19');
  before(async () => {
    s = await createSecurityApp();
  });
  after(async () => s.t.close());

  async function send(op: Operation, parts: RequestParts, asAdmin: boolean): Promise<LightMyRequestResponse> {
    let headers: Record<string, string> = {};
    if (asAdmin) headers = ENDS_SESSION.has(keyOf(op)) ? (await s.freshSession('admin')).headers : s.sessions.admin.headers;
    const request: InjectOptions = { ...toInject(op, parts, headers), remoteAddress: nextAddress() };
    return s.t.app.inject(request);
  }

  function baseParts(op: Operation): RequestParts {
    const parts = sampleParts(op);
    if (parts.form?.api_key) parts.form.api_key = s.apiKey;
    return parts;
  }

  for (const asAdmin of [true, false]) {
    it(`never answers 5xx and always refuses as problem+json with the security headers (${asAdmin ? 'administrator' : 'anonymous'})`, async (t) => {
      const failures: string[] = [];
      const netted = new Map<string, { count: number; example: string }>();
      let sent = 0;
      for (const op of s.operations) {
        const random = seededRandom(SEED ^ hashText(`${keyOf(op)} ${asAdmin}`));
        for (const v of pickVariants(op, baseParts(op), VARIANTS, random)) {
          const res = await send(op, v.parts, asAdmin);
          sent += 1;
          const problem = replyProblem(op, res);
          if (problem) failures.push(`${keyOf(op)} ${v.slot.part}.${v.slot.name || '(whole)'} = ${v.bad.label}: ${problem}`);
          if (DATABASE_REFUSALS.test(res.body)) {
            const seen = netted.get(keyOf(op)) ?? {
              count: 0,
              example: `${v.slot.part}.${v.slot.name || '(whole)'} = ${v.bad.label}: ${res.statusCode}`,
            };
            netted.set(keyOf(op), { ...seen, count: seen.count + 1 });
          }
        }
      }
      t.diagnostic(`${sent} requests, seed ${SEED}, ${VARIANTS} variants per operation`);
      // Not failures: 4xx all the same, but the module should have checked the input itself.
      for (const [op, n] of netted) t.diagnostic(`refused only by the database: ${op} (${n.count} variants, e.g. ${n.example})`);
      assert.deepEqual(failures, []);
      assert.ok(sent >= s.operations.length * Math.min(VARIANTS, 3), `sent ${sent}`);
    });
  }

  const fieldName = (slot: Slot) => `${slot.part === 'path' ? 'params' : slot.part === 'form' ? 'body' : slot.part}.${slot.name}`;

  // A lone surrogate can only arrive as a real character in a JSON string; in a URL or form it is
  // invalid UTF-8, which the path answers with 400 bad-url and the query keeps as its literal text.
  const nul = BAD_VALUES.find((b) => b.label === 'NUL')!;
  const surrogate = BAD_VALUES.find((b) => b.label === 'lone high surrogate')!;

  it('refuses a NUL in every parameter and field, and a lone surrogate in every JSON field, of every operation with 400 naming the field', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const op of s.operations) {
      const parts = baseParts(op);
      for (const slot of slotsOf(op, parts).filter((sl) => sl.name !== '')) {
        for (const b of slot.part === 'body' ? [nul, surrogate] : [nul]) {
          const res = await send(op, mutate(parts, slot, b)!, true);
          checked += 1;
          const name = fieldName(slot);
          // Open311 names a form field without the `body.` prefix.
          const named = op.path.startsWith('/open311/')
            ? (res.json() as Array<{ description: string }>)[0]?.description.includes(slot.part === 'form' ? `${slot.name}:` : name)
            : (res.json() as { errors?: Array<{ name: string }> }).errors?.some((e) => e.name === name);
          if (res.statusCode !== 400 || !named)
            failures.push(`${keyOf(op)} ${name} = ${b.label}: ${res.statusCode} ${res.body.slice(0, 160)}`);
        }
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(checked > 400, `checked ${checked}`);
  });
});
