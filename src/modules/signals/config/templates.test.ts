/** Standard texts per status and category: admin CRUD, precedence (sub-category > main category > general), used for the reporter's mail. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSignalsApp, report } from '../../../../test/fixtures/signals/signals-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import type { TestApp } from '../../../../test/helpers/test-app.ts';

describe('standard texts per category and status', () => {
  let t: TestApp;
  let admin: TestSession;
  let coord: TestSession;
  before(async () => {
    t = await createSignalsApp();
    admin = await loginAs(t.app, t.database, 'admin');
    coord = await loginAs(t.app, t.database, 'coordinator');
  });
  after(async () => t.close());

  const put = (url: string, s: TestSession, payload: object) =>
    t.app.inject({ method: 'PUT', url: `/api/v1/signal-templates/${url}`, headers: s.headers, payload });
  const list = async () =>
    (await t.app.inject({ method: 'GET', url: '/api/v1/signal-templates', headers: { cookie: coord.cookie } })).json().templates as Array<{
      status: string;
      categorySlug: string | null;
      subject: string;
    }>;
  const subjectsTo = async (to: string) =>
    (await t.database.db.selectFrom('mail_outbox').select('subject').where('to_address', '=', to).orderBy('id').execute()).map(
      (m) => m.subject,
    );
  const plan = (id: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/signals/${id}/transitions`,
      headers: coord.headers,
      payload: { to: 'planned', text: 'dinsdag' },
    });

  it('lets admins create, list, replace and delete a text for one category next to the general one', async () => {
    assert.equal((await put('planned', admin, { subject: 'Algemeen {{number}}', body: 'Wij komen {{text}}.' })).statusCode, 200);
    const own = await put('planned?categorySlug=afval-dumping', admin, { subject: 'Afval {{number}}', body: 'De ploeg komt {{text}}.' });
    assert.equal(own.statusCode, 200, own.body);
    assert.equal(own.json().categorySlug, 'afval-dumping');
    assert.equal((await put('planned?categorySlug=afval-dumping', admin, { subject: 'Afval! {{number}}', body: 'x' })).statusCode, 200);
    const planned = (await list()).filter((x) => x.status === 'planned');
    assert.deepEqual(
      planned.map((x) => [x.categorySlug, x.subject]),
      [
        [null, 'Algemeen {{number}}'],
        ['afval-dumping', 'Afval! {{number}}'],
      ],
    );
    assert.equal((await put('planned?categorySlug=bestaat-niet', admin, { subject: 'x', body: 'y' })).statusCode, 400);
    assert.equal((await put('planned?categorySlug=afval-dumping', coord, { subject: 'x', body: 'y' })).statusCode, 403);
    const del = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/signal-templates/planned?categorySlug=afval-dumping',
      headers: admin.headers,
    });
    assert.equal(del.statusCode, 204);
    assert.deepEqual(
      (await list()).filter((x) => x.status === 'planned').map((x) => x.categorySlug),
      [null],
      'the general text stays',
    );
  });

  it('mails the reporter the text of the sub-category, else of the main category, else the general one', async () => {
    const a = await report(t.app, { email: 'a@example.test', contactConsent: true });
    const b = await report(t.app, {
      email: 'b@example.test',
      contactConsent: true,
      categorySlug: 'jeugdoverlast',
      description: 'Jongeren maken lawaai bij het speelveld',
    });
    const cats = (await t.app.inject({ method: 'GET', url: '/api/v1/signal-categories', headers: { cookie: coord.cookie } })).json();
    const main = cats.categories.find((c: { slug: string; children?: Array<{ slug: string }> }) =>
      c.children?.some((x) => x.slug === 'afval-dumping'),
    ).slug;
    assert.equal((await put(`planned?categorySlug=${main}`, admin, { subject: 'Hoofd {{number}}', body: '{{text}}' })).statusCode, 200);
    assert.equal((await plan(a.body.id)).statusCode, 200);
    assert.ok((await subjectsTo('a@example.test')).includes(`Hoofd ${a.body.number}`), 'main category wins over general');
    await put('planned?categorySlug=afval-dumping', admin, { subject: 'Sub {{number}}', body: '{{text}}' });
    const c = await report(t.app, { email: 'c@example.test', contactConsent: true });
    await plan(c.body.id);
    assert.ok((await subjectsTo('c@example.test')).includes(`Sub ${c.body.number}`), 'sub-category wins');
    await plan(b.body.id);
    assert.ok((await subjectsTo('b@example.test')).includes(`Algemeen ${b.body.number}`), 'another category: the general text');
  });
});
