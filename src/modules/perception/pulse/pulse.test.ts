import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../../core/config.ts';
import { systemContext } from '../../../core/context.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { seedAreasIfEmpty } from '../../areas/index.ts';
import { deviceHash, periodEnd, periodOf, purgeOldPeriodKeys } from './device.ts';
import { findEmails, findOffensive, findPersonalData, jaccard, redact, shingles } from '../moderation/text-checks.ts';

const BUURT = 'BU05050101';

describe('pulse device design and text checks (pure)', () => {
  it('periods are calendar quarters', () => {
    assert.equal(periodOf(new Date('2025-03-31T23:59:59Z')), '2025-Q1');
    assert.equal(periodOf(new Date('2025-04-01T00:00:00Z')), '2025-Q2');
    assert.equal(periodEnd('2025-Q4').toISOString(), '2026-01-01T00:00:00.000Z');
  });
  it('device hashes differ per period key and per buurt', () => {
    const k1 = 'aa'.repeat(32);
    const k2 = 'bb'.repeat(32);
    assert.notEqual(deviceHash(k1, 't', BUURT), deviceHash(k2, 't', BUURT));
    assert.notEqual(deviceHash(k1, 't', BUURT), deviceHash(k1, 't', 'BU05050102'));
    assert.equal(deviceHash(k1, 't', BUURT), deviceHash(k1, 't', BUURT));
  });
  it('finds personal data as suggestions', () => {
    const text = 'Meneer Jansen op Voorstraat 12 (3311 AB 12) belt 06-12345678 of mail jan@example.nl; mevrouw van der Berg ook.';
    const kinds = findPersonalData(text).map((f) => `${f.kind}:${f.match}`);
    for (const k of [
      'name:Meneer Jansen',
      'postcode-address:Voorstraat 12',
      'postcode-address:3311 AB 12',
      'phone:06-12345678',
      'email:jan@example.nl',
      'name:mevrouw van der Berg',
    ])
      assert.ok(kinds.includes(k), `${k} in ${kinds.join(', ')}`);
    assert.equal(redact('bel 0612345678 nu', findPersonalData('bel 0612345678 nu')), 'bel [verwijderd] nu');
  });
  it('finds e-mail addresses like the pattern it replaced, in linear time on hostile text', () => {
    const emails = (t: string) => findEmails(t).map((f) => f.match);
    assert.deepEqual(emails('mail jan.de-vries+buurt@mail.example.nl of piet@x.org.'), [
      'jan.de-vries+buurt@mail.example.nl',
      'piet@x.org',
    ]);
    assert.deepEqual(emails('geen adres: @home, a@b, @@, x@.nl, foo@bar.'), []);
    assert.deepEqual(emails('a@b.c@d.e'), ['a@b.c']);
    // Same matches as the old pattern on short random texts (where its backtracking costs nothing).
    const old = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 24) }, () => 'ab.@-+ _'[Math.floor(next() * 8)]).join('');
      assert.deepEqual(
        emails(text),
        [...text.matchAll(old)].map((m) => m[0]),
        JSON.stringify(text),
      );
    }
    const f = findEmails('zie a@b.nl');
    assert.deepEqual([f[0]!.start, f[0]!.end], [4, 10]);
    // Quadratic before: a 200,000-character word without an @ took minutes; now a single pass.
    const started = performance.now();
    for (const hostile of ['a'.repeat(200_000), `${'a'.repeat(100_000)}@`, '@'.repeat(200_000), `a@${'b.'.repeat(100_000)}`])
      findPersonalData(hostile);
    assert.ok(performance.now() - started < 2000, 'a guard against catastrophic backtracking, not a timing target');
  });
  it('flags offensive words as whole words or stems, not inside harmless words', () => {
    assert.deepEqual(
      findOffensive('Die kankerjongens! Hoera.').map((f) => f.match),
      ['kankerjongens'],
    );
  });
  it('near-duplicates: Jaccard of 3-shingles', () => {
    const a = shingles('Er hangen elke avond jongeren rond bij het winkelcentrum en ze maken veel lawaai');
    const b = shingles('Er hangen elke avond jongeren rond bij het winkelcentrum en ze maken veel lawaai!!');
    const c = shingles('De straatverlichting in onze straat is al weken kapot, het is erg donker');
    assert.equal(jaccard(a, b), 1);
    assert.ok(jaccard(a, c) < 0.1);
    // hand-computed: {1,2,3} vs {2,3,4} → 2 / 4
    assert.equal(jaccard([1, 2, 3], [2, 3, 4]), 0.5);
  });
});

describe('pulse questionnaire API', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({
      config: { pulsePerMinute: 4 },
      prepare: async (db) => void (await seedAreasIfEmpty(systemContext(db.db, 'test'), path.join(projectRoot, 'data', 'gm0505'))),
    });
  });
  after(async () => t.close());

  it('serves the questionnaire and sets a scoped device cookie', async () => {
    const res = await t.app.inject({ url: `/api/v1/pulse/${BUURT}` });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.buurt.code, BUURT);
    assert.equal(body.alreadyAnswered, false);
    assert.equal(body.answersThisPeriod, 0);
    assert.match(body.questionnaireUrl, /\/buurtpeiling\/BU05050101$/);
    const cookie = res.cookies.find((c) => c.name === 'sv_pulse')!;
    assert.equal(cookie.path, '/api/v1/pulse');
    assert.equal(cookie.httpOnly, true);
    assert.equal((await t.app.inject({ url: '/api/v1/pulse/WK050501' })).statusCode, 400);
    assert.equal((await t.app.inject({ url: '/api/v1/pulse/BU05059999' })).statusCode, 404);
  });

  it('stores an anonymous answer once per device and period; story goes to moderation', async () => {
    const first = await t.app.inject({ url: `/api/v1/pulse/${BUURT}` });
    const cookie = `sv_pulse=${first.cookies.find((c) => c.name === 'sv_pulse')!.value}`;
    const body = {
      safeDay: 8,
      safeNight: 5,
      problems: ['loitering-youths', 'litter'],
      story: 'Bij het speelveld hangen jongeren rond, bel meneer Pietersen 0612345678.',
      ageBand: '45-64',
    };
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/pulse/${BUURT}`,
      headers: { cookie, 'user-agent': 'TestBrowser/1.0' },
      payload: body,
      remoteAddress: '203.0.113.9',
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(res.json(), { period: periodOf(new Date()), answersThisPeriod: 1, storyStatus: 'pending' });
    const again = await t.app.inject({ method: 'POST', url: `/api/v1/pulse/${BUURT}`, headers: { cookie }, payload: body });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().type, 'https://stadsveilig.nl/problems/already-answered');
    const view = await t.app.inject({ url: `/api/v1/pulse/${BUURT}`, headers: { cookie } });
    assert.equal(view.json().alreadyAnswered, true);
    // Anonymous by design: nothing of the request is stored with the answer.
    const row = await t.database.db.selectFrom('pulse_responses').selectAll().executeTakeFirstOrThrow();
    const stored = JSON.stringify(row);
    for (const secret of ['203.0.113.9', 'TestBrowser', cookie.slice(9)]) assert.ok(!stored.includes(secret), secret);
    assert.match(row.submitted_on, /^\d{4}-\d{2}-\d{2}$/);
    const story = await t.database.db.selectFrom('pulse_stories').selectAll().executeTakeFirstOrThrow();
    assert.equal(story.status, 'pending');
    assert.deepEqual((story.flags as { kind: string }[]).map((f) => f.kind).sort(), ['name', 'phone']);
  });

  it('flags a near-identical story from another device as duplicate', async () => {
    const payload = {
      safeDay: 8,
      safeNight: 5,
      problems: [],
      story: 'Bij het speelveld hangen jongeren rond, bel meneer Pietersen 0612345678!',
    };
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/pulse/${BUURT}`, payload });
    assert.equal(res.statusCode, 201);
    const dup = await t.database.db.selectFrom('pulse_stories').selectAll().where('duplicate_of', 'is not', null).execute();
    assert.equal(dup.length, 1);
  });

  it('rejects invalid answers with every field and rate-limits per IP', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/v1/pulse/${BUURT}`,
      payload: { safeDay: 11, safeNight: 0, problems: ['aliens'] },
      remoteAddress: '198.51.100.1',
    });
    assert.equal(bad.statusCode, 400);
    const names = bad.json().errors.map((e: { name: string }) => e.name);
    for (const n of ['body.safeDay', 'body.safeNight', 'body.problems.0']) assert.ok(names.includes(n), names.join());
    let last = 0;
    for (let i = 0; i < 5; i++)
      last = (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/pulse/${BUURT}`,
          payload: { safeDay: 7, safeNight: 7 },
          remoteAddress: '198.51.100.1',
        })
      ).statusCode;
    assert.equal(last, 429);
  });

  it('serves the QR code as SVG and PNG', async () => {
    const svg = await t.app.inject({ url: `/api/v1/pulse/${BUURT}/qr` });
    assert.equal(svg.statusCode, 200);
    assert.match(svg.headers['content-type'] as string, /image\/svg\+xml/);
    assert.match(svg.body, /<svg/);
    const png = await t.app.inject({ url: `/api/v1/pulse/${BUURT}/qr?format=png` });
    assert.equal(png.rawPayload.subarray(1, 4).toString(), 'PNG');
  });

  it('deletes period keys older than the previous quarter', async () => {
    await t.database.db.insertInto('pulse_period_keys').values({ gemeente_code: 'GM0505', period: '2001-Q1', secret: 'aa' }).execute();
    assert.ok((await purgeOldPeriodKeys(t.database.db)) >= 1);
  });
});
