import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../core/context.ts';
import type { AreaScope } from '../../core/module-contract.ts';
import { apiClient, type Api } from '../../../test/fixtures/missions/api.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';
import { remindExpiringAgreements } from './agreement-reminders.ts';
import { addDays, todayOf } from './agreement-status.ts';
import { networkAreaSections } from './area-network.ts';
import { networkModule } from './module.ts';

const today = todayOf(new Date());
const names = (r: { json(): { partners: Array<{ name: string }> } }) => r.json().partners.map((p) => p.name);

describe('partners, contact persons and agreements', () => {
  let t: TestApp;
  let api: Api;
  let coordinator: TestSession;
  let viewer: TestSession;
  let partner: TestSession;
  let loner: TestSession;
  const ids: Record<string, string> = {};

  const contactReads = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('processing_activity_id', '=', 'network.contacts.read')
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    t = await createTestApp({ config: { publicUrl: 'https://veilig.example.test' } });
    api = apiClient(t.app);
    coordinator = await loginAs(t.app, t.database, 'coordinator');
    viewer = await loginAs(t.app, t.database, 'viewer');
    partner = await loginAs(t.app, t.database, 'partner');
    loner = await loginAs(t.app, t.database, 'partner');
    const add = async (key: string, body: object) => {
      const r = await api('POST', '/partners', coordinator, body);
      assert.equal(r.statusCode, 201, r.body);
      ids[key] = r.json().id;
    };
    await add('housing', { name: 'Woonbron Crabbehof', kind: 'housing-corporation', areaCodes: ['WK050508'] });
    await add('school', { name: 'Basisschool Crabbehof-Noord', kind: 'school', areaCodes: ['BU05050801'] });
    await add('shops', { name: 'Ondernemers Binnenstad', kind: 'business-association', areaCodes: ['WK050501'] });
    await add('police', { name: 'Politie Dordrecht', kind: 'police' });
    assert.equal((await api('POST', `/partners/${ids.housing}/members`, coordinator, { userId: partner.userId })).statusCode, 204);
  });
  after(() => t.close());

  it('lets a coordinator add contact persons (work contact only) and refuses bad input with 400', async () => {
    const c = await api('POST', `/partners/${ids.housing}/contacts`, coordinator, {
      name: 'A. Jansen',
      jobTitle: 'wijkconsulent',
      workEmail: 'A.Jansen@Woonbron.example',
      workPhone: '078 123 45 67',
    });
    assert.equal(c.statusCode, 201, c.body);
    assert.deepEqual(c.json(), {
      id: c.json().id,
      partnerId: ids.housing,
      name: 'A. Jansen',
      jobTitle: 'wijkconsulent',
      workEmail: 'a.jansen@woonbron.example',
      workPhone: '078 123 45 67',
    });
    ids.contact = c.json().id;
    await api('POST', `/partners/${ids.school}/contacts`, coordinator, { name: 'B. de Wit', jobTitle: 'intern begeleider' });
    const bad = await api('POST', `/partners/${ids.housing}/contacts`, coordinator, { name: 'X', workEmail: 'nope', workPhone: '12ab' });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(
      bad
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
      ['body.name', 'body.workEmail', 'body.workPhone'],
    );
    const long = await api('POST', `/partners/${ids.housing}/contacts`, coordinator, { name: 'x'.repeat(121) });
    assert.equal(long.statusCode, 400);
    assert.equal((await api('POST', `/partners/${ids.housing}/contacts`, viewer, { name: 'C. Viewer' })).statusCode, 403);
    const renamed = await api('PATCH', `/partners/${ids.housing}/contacts/${ids.contact}`, coordinator, { workPhone: null });
    assert.equal(renamed.statusCode, 200, renamed.body);
    assert.equal(renamed.json().workPhone, null);
    assert.equal((await api('PATCH', `/partners/${ids.housing}/contacts/${ids.school}`, coordinator, { name: 'Niemand' })).statusCode, 404);
  });

  it('records agreements with a legal basis for information sharing, and warns before one expires', async () => {
    const noBasis = await api('POST', `/partners/${ids.housing}/agreements`, coordinator, {
      kind: 'information-sharing',
      title: 'Gegevensdeling overlast',
      startsOn: '2025-01-01',
    });
    assert.equal(noBasis.statusCode, 400);
    assert.deepEqual(
      noBasis.json().errors.map((e: { name: string }) => e.name),
      ['body.legalBasis'],
    );
    const backwards = await api('POST', `/partners/${ids.housing}/agreements`, coordinator, {
      kind: 'convenant',
      title: 'Achterstevoren',
      startsOn: '2025-01-01',
      endsOn: '2024-01-01',
    });
    assert.deepEqual(
      backwards.json().errors.map((e: { name: string }) => e.name),
      ['body.endsOn'],
    );
    const unknownParty = await api('POST', `/partners/${ids.housing}/agreements`, coordinator, {
      kind: 'convenant',
      title: 'Met een onbekende',
      startsOn: '2025-01-01',
      partyIds: ['00000000-0000-4000-8000-000000000000'],
    });
    assert.equal(unknownParty.statusCode, 400);
    const soon = await api('POST', `/partners/${ids.housing}/agreements`, coordinator, {
      kind: 'information-sharing',
      title: 'Convenant gegevensdeling Crabbehof',
      legalBasis: 'art. 6 lid 1 sub e AVG',
      startsOn: '2024-01-01',
      endsOn: addDays(today, 30),
      dataCovered: 'Signalen over woonoverlast',
      partyIds: [ids.school],
    });
    assert.equal(soon.statusCode, 201, soon.body);
    assert.equal(soon.json().status, 'expiring');
    assert.equal(soon.json().daysLeft, 30);
    assert.match(soon.json().warning, /Verloopt over 30 dagen/);
    assert.deepEqual(
      soon
        .json()
        .parties.map((p: { name: string }) => p.name)
        .sort(),
      ['Basisschool Crabbehof-Noord', 'Woonbron Crabbehof'],
    );
    ids.soon = soon.json().id;
    const later = await api('POST', `/partners/${ids.school}/agreements`, coordinator, {
      kind: 'convenant',
      title: 'Veilige schoolomgeving',
      startsOn: '2024-01-01',
      endsOn: addDays(today, 400),
    });
    assert.equal(later.json().status, 'active');
    ids.later = later.json().id;
    const gone = await api('POST', `/partners/${ids.police}/agreements`, coordinator, {
      kind: 'other',
      title: 'Oud convenant',
      startsOn: '2020-01-01',
      endsOn: '2021-01-01',
    });
    assert.equal(gone.json().status, 'expired');
    const list = (await api('GET', '/partners', viewer)).json().partners as Array<{ name: string; expiringAgreements: number }>;
    assert.deepEqual(
      list.filter((p) => p.expiringAgreements > 0).map((p) => p.name),
      ['Basisschool Crabbehof-Noord', 'Woonbron Crabbehof'],
    );
    const changed = await api('PATCH', `/partners/${ids.school}/agreements/${ids.later}`, coordinator, { title: 'Veilige school' });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(changed.json().title, 'Veilige school');
    const toInfo = await api('PATCH', `/partners/${ids.school}/agreements/${ids.later}`, coordinator, { kind: 'information-sharing' });
    assert.equal(toInfo.statusCode, 400);
    assert.equal((await api('PATCH', `/partners/${ids.police}/agreements/${ids.later}`, coordinator, { title: 'Elders' })).statusCode, 404);
    assert.equal(
      (await api('POST', `/partners/${ids.school}/agreements`, viewer, { kind: 'other', title: 'Mag niet', startsOn: today })).statusCode,
      403,
    );
  });

  it('queues exactly one reminder per expiring agreement to the staff with network:edit', async () => {
    const env = { config: t.config, now: new Date() };
    const ctx = systemContext(t.database.db, 'test');
    await networkModule.housekeeping!(ctx, env);
    assert.equal(await remindExpiringAgreements(ctx, env), 0, 'the hourly run reminded of it; the next sends nothing');
    const mails = await t.database.db.selectFrom('mail_outbox').select(['to_address', 'subject', 'body_text']).execute();
    const reminders = mails.filter((m) => m.subject.startsWith('Afspraak verloopt binnenkort'));
    assert.deepEqual(
      reminders.map((m) => m.to_address),
      [coordinator.email],
    );
    assert.match(reminders[0]!.body_text, new RegExp(`https://veilig.example.test/netwerk/partners/${ids.housing}`));
  });

  it('filters by area (the area, its wijk or gemeente, its buurten; city-wide partners too) and by type and name', async () => {
    assert.deepEqual(names(await api('GET', '/partners?area=WK050508', viewer)), [
      'Basisschool Crabbehof-Noord',
      'Politie Dordrecht',
      'Woonbron Crabbehof',
    ]);
    assert.deepEqual(names(await api('GET', '/partners?area=BU05050801', viewer)), [
      'Basisschool Crabbehof-Noord',
      'Politie Dordrecht',
      'Woonbron Crabbehof',
    ]);
    assert.deepEqual(names(await api('GET', '/partners?area=BU05050100', viewer)), ['Ondernemers Binnenstad', 'Politie Dordrecht']);
    assert.equal((await api('GET', '/partners?area=GM0505', viewer)).json().partners.length, 4);
    assert.deepEqual(names(await api('GET', '/partners?kind=school', viewer)), ['Basisschool Crabbehof-Noord']);
    assert.deepEqual(names(await api('GET', '/partners?q=binnen', viewer)), ['Ondernemers Binnenstad']);
    const bad = await api('GET', '/partners?area=Crabbehof', viewer);
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(
      bad.json().errors.map((e: { name: string }) => e.name),
      ['query.area'],
    );
  });

  it('shows staff a partner page with contacts and logs every contact read', async () => {
    const before = await contactReads();
    const page = await api('GET', `/partners/${ids.housing}`, viewer);
    assert.equal(page.statusCode, 200, page.body);
    assert.deepEqual(
      page.json().contacts.map((c: { name: string }) => c.name),
      ['A. Jansen'],
    );
    assert.deepEqual(
      page.json().agreements.map((a: { title: string }) => a.title),
      ['Convenant gegevensdeling Crabbehof'],
    );
    assert.equal(page.json().expiringAgreements, 1);
    assert.equal(await contactReads(), before + 1);
    const list = await api('GET', `/partners/${ids.housing}/contacts`, viewer);
    assert.equal(list.json().contacts.length, 1);
    assert.equal(await contactReads(), before + 2, 'a list read is logged too');
    assert.equal((await api('GET', `/partners/${ids.housing}`, null)).statusCode, 401);
    assert.equal((await api('GET', '/partners', null)).statusCode, 401);
    assert.equal((await api('GET', '/partners/00000000-0000-4000-8000-000000000000', viewer)).statusCode, 404);
    assert.equal((await api('PATCH', `/partners/${ids.housing}`, viewer, { description: 'x' })).statusCode, 403);
  });

  it('shows a partner account its own organisation in full, others in its areas without contacts, nothing else', async () => {
    const list = (await api('GET', '/partners', partner)).json().partners as Array<{
      name: string;
      own: boolean;
      description: string | null;
    }>;
    assert.deepEqual(
      list.map((p) => [p.name, p.own]),
      [
        ['Basisschool Crabbehof-Noord', false],
        ['Politie Dordrecht', false],
        ['Woonbron Crabbehof', true],
      ],
    );
    const before = await contactReads();
    const own = await api('GET', `/partners/${ids.housing}`, partner);
    assert.deepEqual(
      own.json().contacts.map((c: { name: string }) => c.name),
      ['A. Jansen'],
    );
    assert.equal(await contactReads(), before + 1);
    const other = await api('GET', `/partners/${ids.school}`, partner);
    assert.equal(other.statusCode, 200);
    assert.equal(other.json().contacts, null);
    assert.deepEqual(
      other.json().agreements.map((a: { title: string }) => a.title),
      ['Convenant gegevensdeling Crabbehof'],
      'only those its organisation is party to',
    );
    assert.equal((await api('GET', `/partners/${ids.school}/contacts`, partner)).statusCode, 403);
    assert.equal((await api('GET', `/partners/${ids.shops}`, partner)).statusCode, 404, 'outside its areas');
    assert.equal((await api('GET', '/partners', loner)).statusCode, 403, 'a partner account without organisation');
    assert.equal((await api('POST', `/partners/${ids.housing}/contacts`, partner, { name: 'Eigen Mens' })).statusCode, 403);
  });

  it('gives an area network its partners and agreements, per reader', async () => {
    const scope: AreaScope = {
      gemeente: t.config.municipality,
      code: 'WK050508',
      codes: ['GM0505', 'WK050508', 'BU05050800', 'BU05050801'],
      today,
      minCellCount: 5,
    };
    const [partners, agreements] = networkAreaSections;
    const staffCtx = systemContext(t.database.db, 'test');
    const rows = (await partners!.load(staffCtx, scope))!;
    assert.deepEqual(rows.map((r) => r.title).sort(), ['Basisschool Crabbehof-Noord', 'Politie Dordrecht', 'Woonbron Crabbehof']);
    assert.equal(rows.find((r) => r.title === 'Woonbron Crabbehof')?.detail, 'Contact: wijkconsulent');
    const deals = (await agreements!.load(staffCtx, scope))!;
    assert.deepEqual(
      deals.map((d) => [d.title, d.status]),
      [
        ['Convenant gegevensdeling Crabbehof', 'expiring'],
        ['Veilige school', 'active'],
      ],
      'city-wide agreements apply too; expired ones are left out',
    );
    assert.match(deals[0]!.warning ?? '', /Verloopt over 30 dagen/);
    const actor = (s: TestSession) => ({
      actor: { kind: 'user' as const, userId: s.userId, email: s.email, role: 'partner' as const },
      db: t.database.db,
      traceId: 't',
    });
    const forPartner = (await agreements!.load(actor(partner), { ...scope, codes: ['GM0505', 'WK050501', 'WK050508'] }))!;
    assert.deepEqual(
      forPartner.map((d) => d.title),
      ['Convenant gegevensdeling Crabbehof'],
    );
    assert.equal(await partners!.load(actor(loner), scope), null);
  });

  it('knows the partners of the person-oriented approach: the probation service and the Zorg- en Veiligheidshuis', async () => {
    for (const kind of ['probation', 'safety-house']) {
      const r = await api('POST', '/partners', coordinator, { name: `Partner ${kind}`, kind });
      assert.equal(r.statusCode, 201, r.body);
      assert.equal((await api('GET', `/partners/${r.json().id}`, coordinator)).json().kind, kind);
    }
  });
});
