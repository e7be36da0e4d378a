/**
 * Who reads what of a report (visibility.ts), tested across every path at once: texts of the
 * reporter, staff and partners carry markers, and every public path (Open311 list/detail in JSON
 * and XML, the public map and its tapped pin, nearby, followers' and buurt subscribers' mails) is searched for them.
 * A new path or message that leaks a text fails here.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createSignalsApp, DORDRECHT_CENTRE, report } from '../../../test/fixtures/signals/signals-app.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';
import type { TestApp } from '../../../test/helpers/test-app.ts';

const MARK = {
  description: 'OMSCHRIJVING-7Q lamp bij huisnummer 12',
  address: 'ADRES-7Q Voorstraat 12',
  reply: 'ANTWOORD-7Q wij komen morgen',
  internal: 'INTERN-7Q buurman is bekende',
  partner: 'PARTNER-7Q wijkagent gaat langs',
  reporterNote: 'MELDER-7Q dank voor de foto',
  done: 'KLAAR-7Q lamp vervangen',
  reason: 'REDEN-7Q brandt nog steeds niet',
};
const HIDDEN = Object.values(MARK);

describe('who reads what of a report', () => {
  let t: TestApp;
  let coord: TestSession;
  let police: TestSession;
  before(async () => {
    t = await createSignalsApp();
    coord = await loginAs(t.app, t.database, 'coordinator');
    police = await loginAs(t.app, t.database, 'partner');
    const partnerId = randomUUID();
    await t.database.db
      .insertInto('partners')
      .values({ gemeente_code: t.config.municipality, id: partnerId, name: 'Politie Dordrecht', kind: 'police' })
      .execute();
    await t.database.db.insertInto('partner_members').values({ partner_id: partnerId, user_id: police.userId }).execute();
  });
  after(async () => t.close());

  const api = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, s?: TestSession, payload?: object, remoteAddress?: string) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      ...(s ? { headers: method === 'GET' ? { cookie: s.cookie } : s.headers } : {}),
      ...(payload ? { payload } : {}),
      ...(remoteAddress ? { remoteAddress } : {}),
    });
  const open311 = (url: string) => t.app.inject({ method: 'GET', url: `/open311/v2${url}` });
  const mailsTo = (to: string) =>
    t.database.db.selectFrom('mail_outbox').select(['subject', 'body_text']).where('to_address', '=', to).orderBy('id').execute();
  const move = async (id: string, to: string, text?: string, publish?: boolean) => {
    const res = await api('POST', `/signals/${id}/transitions`, coord, { to, ...(text ? { text } : {}), ...(publish ? { publish } : {}) });
    assert.equal(res.statusCode, 200, res.body);
    return res.json();
  };
  async function follow(url: string, email: string): Promise<void> {
    assert.equal((await api('POST', url, undefined, { email })).statusCode, 201);
    const token = /\/meldingen\/bevestigen\/([A-Za-z0-9_-]{43})/.exec((await mailsTo(email))[0]!.body_text)![1];
    assert.equal((await api('POST', `/public/subscriptions/${token}/confirm`)).statusCode, 200);
  }
  /** Everything the public can get about reports: Open311 in both formats, map, nearby. */
  async function publicText(number: string): Promise<string> {
    const urls = [
      '/requests.json',
      '/requests.xml',
      `/requests/${number}.json`,
      `/requests/${number}.xml`,
      `/requests.json?service_request_id=${number}`,
    ];
    const parts = await Promise.all(urls.map(async (u) => (await open311(u)).body));
    parts.push((await api('GET', '/public/signals/map')).body);
    parts.push((await api('GET', `/public/signals/${number}`)).body);
    parts.push(
      (await api('GET', `/public/signals/nearby?lat=${DORDRECHT_CENTRE.lat}&lon=${DORDRECHT_CENTRE.lon}&categorySlug=straatverlichting`))
        .body,
    );
    return parts.join('\n');
  }
  const absent = (text: string, what: string, marks = HIDDEN) => {
    for (const m of marks) assert.ok(!text.includes(m), `${what} shows "${m}"`);
  };

  it('keeps every unpublished text off every public path and out of followers’ mails; shows a text once staff publish it', async () => {
    const r = await report(t.app, {
      categorySlug: 'straatverlichting',
      description: MARK.description,
      addressText: MARK.address,
      email: 'melder-7q@example.test',
      contactConsent: true,
    });
    const dup = await report(t.app, { categorySlug: 'straatverlichting', description: 'Lamp brandt niet, zelfde paal' });
    const buurt = (await t.database.db.selectFrom('signals').select('buurt_code').where('id', '=', r.body.id).executeTakeFirstOrThrow())
      .buurt_code!;
    await follow(`/public/signals/${r.body.number}/subscriptions`, 'volger-7q@example.test');
    await follow(`/public/signals/${dup.body.number}/subscriptions`, 'volger-dup-7q@example.test');
    await follow(`/public/buurten/${buurt}/subscriptions`, 'buurt-7q@example.test');

    await move(r.body.id, 'accepted', MARK.reply);
    for (const [text, visibility] of [
      [MARK.internal, 'internal'],
      [MARK.partner, 'partner'],
      [MARK.reporterNote, 'reporter'],
    ] as const) {
      assert.equal((await api('POST', `/signals/${r.body.id}/notes`, coord, { text, visibility })).statusCode, 200);
    }
    assert.equal((await api('POST', `/signals/${dup.body.id}/merge`, coord, { into: r.body.number })).statusCode, 200);
    await move(r.body.id, 'done', MARK.done);
    const fb = await api('POST', `/public/signals/track/${r.body.trackingToken}/feedback`, undefined, {
      satisfied: false,
      reason: MARK.reason,
    });
    assert.equal(fb.statusCode, 200, fb.body);
    await report(t.app, { categorySlug: 'straatverlichting', description: 'Nog een lamp in de buurt kapot' }); // a buurt notice

    absent(await publicText(r.body.number), 'a public path');
    const nonReporters = ['volger-7q@example.test', 'volger-dup-7q@example.test', 'buurt-7q@example.test'];
    for (const to of nonReporters) {
      const mails = await mailsTo(to);
      assert.ok(mails.length >= 2, `${to} got its confirmation and at least one message`);
      for (const m of mails) {
        absent(`${m.subject}\n${m.body_text}`, `a mail to ${to}`);
        assert.doesNotMatch(m.body_text, /\/meldingen\/volgen\//, `no tracking link in a mail to ${to}`);
      }
    }
    const followed = await mailsTo('volger-7q@example.test');
    assert.ok(
      followed.some(
        (m) =>
          /status is nu: Afgehandeld/.test(m.body_text) &&
          /Afmelden: https:\/\/meldingen\.example\.test\/meldingen\/afmelden\//.test(m.body_text),
      ),
    );
    assert.ok(
      (await mailsTo('volger-dup-7q@example.test')).some((m) => m.body_text.includes(`Samengevoegd met melding ${r.body.number}`)),
      'the merge text is the system’s own and is published',
    );

    const reporterMails = await mailsTo('melder-7q@example.test');
    assert.ok(
      reporterMails.some((m) => m.body_text.includes(MARK.reply)),
      'the reporter reads the staff reply',
    );
    const links = reporterMails.flatMap((m) => [...m.body_text.matchAll(/\/meldingen\/volgen\/([A-Za-z0-9_-]+)/g)].map((x) => x[1]));
    assert.ok(
      links.length >= 3 && links.every((l) => l === r.body.trackingToken),
      'the reporter’s mails carry only the reporter’s own link',
    );

    const track = (await api('GET', `/public/signals/track/${r.body.trackingToken}`)).body;
    for (const m of [MARK.reply, MARK.reporterNote, MARK.done, MARK.reason]) assert.ok(track.includes(m), `the reporter reads "${m}"`);
    absent(track, 'the tracking page', [MARK.internal, MARK.partner]);

    const detail = (await api('GET', `/signals/${r.body.id}`, coord)).json();
    assert.equal((await api('PUT', `/signals/${r.body.id}/description/publication`, coord, { published: true })).statusCode, 200);
    const doneEntry = detail.history.find((h: { text: string | null }) => h.text === MARK.done);
    assert.equal(
      (await api('PUT', `/signals/${r.body.id}/history/${doneEntry.id}/publication`, coord, { published: true })).statusCode,
      200,
    );
    const one = (await open311(`/requests/${r.body.number}.json`)).json()[0];
    assert.deepEqual([one.description, one.address, one.status_notes], [MARK.description, MARK.address, MARK.done]);
    absent(await publicText(r.body.number), 'a public path after publishing', [
      MARK.reply,
      MARK.internal,
      MARK.partner,
      MARK.reporterNote,
      MARK.reason,
    ]);
    assert.equal((await api('PUT', `/signals/${r.body.id}/description/publication`, coord, { published: false })).statusCode, 200);
    assert.equal((await open311(`/requests/${r.body.number}.json`)).json()[0].description, null, 'taken back');
  });

  it('sends followers a text only when staff publish it with the status change', async () => {
    const r = await report(t.app, { categorySlug: 'straatverlichting', description: 'Lamp knippert de hele avond' });
    await follow(`/public/signals/${r.body.number}/subscriptions`, 'volger2-7q@example.test');
    await move(r.body.id, 'planned', 'Monteur komt dinsdag', true);
    const last = (await mailsTo('volger2-7q@example.test')).at(-1)!;
    assert.match(last.body_text, /Monteur komt dinsdag/);
    assert.equal((await open311(`/requests/${r.body.number}.json`)).json()[0].status_notes, 'Monteur komt dinsdag');
  });

  it('never publishes free text of a sensitive category and never names such a report in public', async () => {
    const s = await report(t.app, { categorySlug: 'drugshandel', description: 'Er wordt gedeald bij de ingang van de flat' });
    assert.equal((await api('PUT', `/signals/${s.body.id}/description/publication`, coord, { published: true })).statusCode, 409);
    const refused = await api('POST', `/signals/${s.body.id}/transitions`, coord, {
      to: 'accepted',
      text: 'Wij geven het door',
      publish: true,
    });
    assert.equal(refused.statusCode, 400);
    assert.equal((await api('GET', `/signals/${s.body.id}`, coord)).json().permissions.publish, false);
    const buurt = (await t.database.db.selectFrom('signals').select('buurt_code').where('id', '=', s.body.id).executeTakeFirstOrThrow())
      .buurt_code!;
    await follow(`/public/buurten/${buurt}/subscriptions`, 'buurt2-7q@example.test');
    const again = await report(t.app, { categorySlug: 'drugshandel', description: 'Weer wordt er gedeald bij de flat' });
    const notice = (await mailsTo('buurt2-7q@example.test')).at(-1)!;
    assert.match(notice.body_text, /Drugshandel/);
    assert.ok(!notice.body_text.includes(again.body.number), 'a buurt notice names no number of a sensitive report');
    const map = (await api('GET', '/public/signals/map?categorySlug=drugshandel')).json();
    assert.ok(
      map.features.length >= 2 && map.features.every((f: { properties: { number: string | null } }) => f.properties.number === null),
    );
  });

  it('follows by number only reports of public, non-sensitive categories, answering any other number as absent', async () => {
    const sensitive = await report(t.app, { categorySlug: 'drugshandel', description: 'Er wordt gedeald op de hoek' });
    const hidden = await report(t.app, { categorySlug: 'verward-gedrag', description: 'Man loopt verward op straat te schreeuwen' });
    const shape = (res: { statusCode: number; json(): { type: string; title: string; detail: string } }, n: string) => ({
      status: res.statusCode,
      type: res.json().type,
      title: res.json().title,
      detail: res.json().detail.replace(n, 'N'),
    });
    const tryFollow = async (n: string) =>
      shape(await api('POST', `/public/signals/${n}/subscriptions`, undefined, { email: 'nieuwsgierig@example.test' }), n);
    const absentOne = await tryFollow('M-2001-000001');
    assert.equal(absentOne.status, 404);
    assert.deepEqual(await tryFollow(sensitive.body.number), absentOne);
    assert.deepEqual(await tryFollow(hidden.body.number), absentOne);
    for (const n of [sensitive.body.number, hidden.body.number]) assert.equal((await open311(`/requests/${n}.json`)).statusCode, 404);
    assert.equal(
      await t.database.db
        .selectFrom('signal_subscriptions')
        .select('id')
        .where('email', '=', 'nieuwsgierig@example.test')
        .execute()
        .then((x) => x.length),
      0,
    );
  });

  it('limits follow requests per report number, from any address, with a clear 429', async () => {
    const r = await report(t.app, { categorySlug: 'straatverlichting', description: 'Lamp bij de school is kapot' });
    for (let i = 0; i < 10; i++) {
      const res = await api(
        'POST',
        `/public/signals/${r.body.number}/subscriptions`,
        undefined,
        { email: `volger${i}-limit@example.test` },
        `10.0.0.${i + 1}`,
      );
      assert.equal(res.statusCode, 201, res.body);
    }
    const over = await api(
      'POST',
      `/public/signals/${r.body.number}/subscriptions`,
      undefined,
      { email: 'elfde@example.test' },
      '10.0.1.1',
    );
    assert.equal(over.statusCode, 429);
    assert.equal(over.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.ok(Number(over.headers['retry-after']) > 0 && Number(over.headers['retry-after']) <= 3600);
    const other = await report(t.app, { categorySlug: 'straatverlichting', description: 'Andere lamp bij het park kapot' });
    assert.equal(
      (await api('POST', `/public/signals/${other.body.number}/subscriptions`, undefined, { email: 'elfde@example.test' }, '10.0.1.1'))
        .statusCode,
      201,
      'another number is not affected',
    );
  });

  it('shows a partner only the history meant for partners or the reporter', async () => {
    const r = await report(t.app, { categorySlug: 'jeugdoverlast', description: 'Jongeren bij het winkelcentrum gooien met stenen' });
    assert.equal(
      (await api('PATCH', `/signals/${r.body.id}`, coord, { partner: 'Politie Dordrecht', assigneeId: coord.userId })).statusCode,
      200,
    );
    for (const [text, visibility] of [
      [MARK.internal, 'internal'],
      [MARK.partner, 'partner'],
      [MARK.reporterNote, 'reporter'],
    ] as const) {
      await api('POST', `/signals/${r.body.id}/notes`, coord, { text, visibility });
    }
    const seen = (await api('GET', `/signals/${r.body.id}`, police)).json();
    const texts = seen.history.map((h: { text: string | null }) => h.text);
    assert.ok(texts.includes(MARK.partner) && texts.includes(MARK.reporterNote));
    assert.ok(!texts.includes(MARK.internal), 'no internal note');
    assert.deepEqual(
      seen.history.filter((h: { kind: string }) => ['assign', 'routed'].includes(h.kind)),
      [],
      'no internal routing or assignment',
    );
    assert.ok(seen.history.every((h: { visibility: string }) => h.visibility !== 'internal'));
    assert.equal(seen.assigneeId, null, 'nor who handles it inside the municipality');
    const own = await api('POST', `/signals/${r.body.id}/notes`, police, { text: 'Eigen notitie van de partner', visibility: 'internal' });
    assert.ok(
      own
        .json()
        .history.some(
          (h: { text: string | null; visibility: string }) => h.text === 'Eigen notitie van de partner' && h.visibility === 'partner',
        ),
      'a partner’s own note is kept readable for the partner',
    );
    const staffView = (await api('GET', `/signals/${r.body.id}`, coord)).json().history.map((h: { text: string | null }) => h.text);
    assert.ok(staffView.includes(MARK.internal), 'staff read everything');
  });
});
