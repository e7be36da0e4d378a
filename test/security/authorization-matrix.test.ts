/**
 * The authorisation matrix: every operation of the OpenAPI document (and the routes it hides, such
 * as Open311) × anonymous and every role, against the access rule the edge publishes (`x-access`,
 * src/http/access-rules.ts). Expected: anonymous → 401 on every non-public route; a role without
 * any of the rule's permissions → 403; a role with one → neither 401 nor 403 (the request is a
 * valid-looking sample, so it reaches the service); public routes → neither, for everyone. A route
 * without a rule fails here. Sessions are real logins with CSRF tokens, so nothing else answers 403.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { InjectOptions } from 'fastify';
import { ruleAdmits, routeAccessList } from '../../src/http/access.ts';
import { sampleParts, toInject, type Operation } from './operations.ts';
import { unmatchedPatterns } from './sample-input.ts';
import { ACTORS, addressSequence, createSecurityApp, type Actor, type SecurityApp } from './security-app.ts';

const keyOf = (op: Pick<Operation, 'method' | 'path'>) => `${op.method} ${op.path}`;
/** Operations that end the session they run in: run last, each with a session of its own. */
const ENDS_SESSION = new Set(['DELETE /api/v1/session']);

describe('authorisation matrix: every operation × every role and anonymous', () => {
  let s: SecurityApp;
  const nextAddress = addressSequence('198.18');
  before(async () => {
    s = await createSecurityApp();
  });
  after(async () => s.t.close());

  it('has an access rule for every route, published in OpenAPI as x-access', () => {
    const unruled = routeAccessList(s.t.app)
      .filter((r) => r.rule === undefined)
      .map(keyOf);
    assert.deepEqual(unruled, [], 'add these routes to src/http/access-rules.ts');
    const undocumented = s.operations.filter((op) => op.documented && op.rule === undefined).map(keyOf);
    assert.deepEqual(undocumented, [], 'every documented operation carries x-access');
    assert.ok(s.operations.length >= 120, `all operations listed (${s.operations.length})`);
    assert.deepEqual([...unmatchedPatterns], [], 'every pattern has a sample (test/security/sample-input.ts)');
  });

  async function headersOf(actor: Actor, op: Operation): Promise<Record<string, string>> {
    if (actor === 'anonymous') return {};
    return ENDS_SESSION.has(keyOf(op)) ? (await s.freshSession(actor)).headers : s.sessions[actor].headers;
  }

  function requestOf(op: Operation, headers: Record<string, string>): InjectOptions {
    const parts = sampleParts(op);
    // The login is public: a correct login shows it is not refused (a wrong one answers 401 by design).
    if (keyOf(op) === 'POST /api/v1/session') {
      parts.body = { email: s.sessions.viewer.email, password: 'pw-viewer-correct-horse-battery' };
    }
    // Open311 posting is open to any client with an API key; the route checks the key.
    if (parts.form?.api_key) parts.form.api_key = s.apiKey;
    return { ...toInject(op, parts, headers), remoteAddress: nextAddress() };
  }

  function verdict(op: Operation, actor: Actor, status: number, type: string | undefined): string | null {
    const rule = op.rule!;
    const admitted = ruleAdmits(rule, actor === 'anonymous' ? undefined : actor);
    if (admitted)
      return status === 401 || status === 403 ? `refused with ${status} ${type ?? ''} although the rule '${String(rule)}' admits it` : null;
    const expected = actor === 'anonymous' ? 401 : 403;
    if (status !== expected) return `answered ${status}, expected ${expected} (rule '${String(rule)}')`;
    const expectedType = actor === 'anonymous' ? 'unauthenticated' : 'forbidden';
    return type?.endsWith(`/${expectedType}`) ? null : `refusal of type ${type}, expected ${expectedType}`;
  }

  it('answers each operation for each role as its rule says', async () => {
    const failures: string[] = [];
    const ordered = [
      ...s.operations.filter((op) => !ENDS_SESSION.has(keyOf(op))),
      ...s.operations.filter((op) => ENDS_SESSION.has(keyOf(op))),
    ];
    let cells = 0;
    for (const op of ordered) {
      if (op.rule === undefined) continue; // reported by the test above
      for (const actor of ACTORS) {
        const res = await s.t.app.inject(requestOf(op, await headersOf(actor, op)));
        const type =
          res.headers['content-type']?.toString().includes('json') && res.statusCode >= 400
            ? (res.json() as { type?: string }).type
            : undefined;
        const problem = verdict(op, actor, res.statusCode, type) ?? (res.statusCode >= 500 ? `answered ${res.statusCode}` : null);
        if (problem) failures.push(`${keyOf(op)} as ${actor}: ${problem}`);
        cells += 1;
      }
    }
    assert.deepEqual(failures, []);
    assert.equal(cells, s.operations.length * ACTORS.length);
  });

  it('refuses before reading the input: an anonymous request with a broken body still gets 401', async () => {
    const staffWrites = s.operations.filter((op) => op.body && op.rule !== 'public');
    assert.ok(staffWrites.length > 30);
    for (const op of staffWrites) {
      const res = await s.t.app.inject({
        ...toInject(op, sampleParts(op)),
        payload: '{"broken": ',
        headers: { 'content-type': 'application/json' },
        remoteAddress: nextAddress(),
      });
      assert.equal(res.statusCode, 401, `${keyOf(op)}: ${res.body}`);
    }
  });
});
