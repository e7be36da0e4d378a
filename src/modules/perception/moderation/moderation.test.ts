import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../../core/config.ts';
import { systemContext } from '../../../core/context.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import { seedAreasIfEmpty } from '../../areas/index.ts';

const BUURT = 'BU05050101';

describe('story moderation', () => {
  let t: TestApp;
  let mod: TestSession;
  let viewer: TestSession;
  before(async () => {
    t = await createTestApp({
      prepare: async (db) => void (await seedAreasIfEmpty(systemContext(db.db, 'test'), path.join(projectRoot, 'data', 'gm0505'))),
    });
    mod = await loginAs(t.app, t.database, 'coordinator');
    viewer = await loginAs(t.app, t.database, 'viewer');
    const stories = [
      'Mevrouw de Vries op nummer 12 laat haar hond overal poepen, mail haar op vries@example.nl',
      'Die kankerjongens bij de snackbar maken iedereen bang',
      'Er is te weinig licht op het pad langs het water, ik loop er niet graag',
    ];
    for (const story of stories) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/pulse/${BUURT}`,
        payload: { safeDay: 7, safeNight: 4, problems: ['dog-dirt'], story },
      });
      assert.equal(res.statusCode, 201, res.body);
    }
  });
  after(async () => t.close());

  it('only moderators see the queue, with suggestions; reading is audited', async () => {
    assert.equal((await t.app.inject({ url: '/api/v1/perception/stories' })).statusCode, 401);
    assert.equal((await t.app.inject({ url: '/api/v1/perception/stories', headers: viewer.headers })).statusCode, 403);
    const res = await t.app.inject({ url: '/api/v1/perception/stories', headers: mod.headers });
    assert.equal(res.statusCode, 200);
    const { stories, permissions } = res.json();
    assert.equal(stories.length, 3);
    assert.ok(permissions.includes('perception:moderate'));
    const kinds = stories.map((s: { suggestions: { kind: string }[] }) =>
      s.suggestions
        .map((f) => f.kind)
        .sort()
        .join(','),
    );
    assert.deepEqual(kinds.sort(), ['', 'email,name,postcode-address', 'offensive']);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('processing_activity_id', '=', 'perception.moderate')
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.operation, 'read');
    assert.deepEqual(
      [...(audit[0]!.attributes as { stories: string[] }).stories].sort(),
      stories.map((s: { id: string }) => s.id).sort(),
      'the log says which stories were shown',
    );
  });

  it('approves with redaction of accepted suggestions and themes; rejects with reason and deletes the text', async () => {
    const { stories } = (await t.app.inject({ url: '/api/v1/perception/stories', headers: mod.headers })).json();
    const find = (word: string) => stories.find((s: { text: string }) => s.text.includes(word));
    const [pii, offensive, light] = [find('hond'), find('snackbar'), find('licht')];
    const approve = await t.app.inject({
      method: 'POST',
      url: `/api/v1/perception/stories/${pii.id}/approve`,
      headers: mod.headers,
      payload: { redact: pii.suggestions.map((s: { start: number; end: number }) => ({ start: s.start, end: s.end })), themes: ['afval'] },
    });
    assert.equal(approve.statusCode, 200, approve.body);
    assert.equal(approve.json().story.text, '[verwijderd] op [verwijderd] laat haar hond overal poepen, mail haar op [verwijderd]');
    assert.deepEqual(approve.json().warnings, []);
    const reject = await t.app.inject({
      method: 'POST',
      url: `/api/v1/perception/stories/${offensive.id}/reject`,
      headers: mod.headers,
      payload: { reason: 'beledigend' },
    });
    assert.deepEqual([reject.json().status, reject.json().text, reject.json().rejectReason], ['rejected', '', 'beledigend']);
    assert.equal(
      (await t.app.inject({ method: 'POST', url: `/api/v1/perception/stories/${offensive.id}/approve`, headers: mod.headers, payload: {} }))
        .statusCode,
      409,
    );
    const edited = await t.app.inject({
      method: 'POST',
      url: `/api/v1/perception/stories/${light.id}/approve`,
      headers: mod.headers,
      payload: { text: 'Te weinig licht op het pad langs het water.', themes: ['nope'] },
    });
    assert.equal(edited.statusCode, 400);
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/v1/perception/stories/${light.id}/approve`,
      headers: mod.headers,
      payload: { text: 'Te weinig licht op het pad langs het water.', themes: ['verlichting'] },
    });
    assert.equal(ok.statusCode, 200);
    const tag = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/perception/stories/${light.id}/themes`,
      headers: mod.headers,
      payload: { themes: ['verlichting', 'samenhang'] },
    });
    assert.deepEqual(tag.json().themes, ['verlichting', 'samenhang']);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('attributes')
      .where('processing_activity_id', '=', 'perception.moderate')
      .where('operation', '=', 'update')
      .execute();
    assert.equal(audit.length, 4, 'approve, reject, approve, tag');
  });

  it('counts themes per buurt and wijk', async () => {
    const year = new Date().getUTCFullYear();
    const buurt = (await t.app.inject({ url: `/api/v1/perception/theme-counts?level=buurt&year=${year}` })).json().counts;
    assert.deepEqual(buurt.map((c: { theme: string; stories: number }) => `${c.theme}:${c.stories}`).sort(), [
      'afval:1',
      'samenhang:1',
      'verlichting:1',
    ]);
    const wijk = (await t.app.inject({ url: `/api/v1/perception/theme-counts?level=wijk&year=${year}` })).json().counts;
    assert.equal(wijk[0].areaCode, 'WK050501');
  });
});
