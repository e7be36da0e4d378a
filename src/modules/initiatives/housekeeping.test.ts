import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SEED_DIR } from '../../../test/fixtures/missions/seed.ts';
import { testConfig } from '../../../test/helpers/test-config.ts';
import { openTestDatabase } from '../../../test/helpers/test-database.ts';
import { type ServiceContext, systemContext } from '../../core/context.ts';
import type { Role } from '../../core/roles.ts';
import type { Database } from '../../db/database.ts';
import { seedAreasIfEmpty } from '../areas/index.ts';
import { createUser } from '../users/index.ts';
import { initiativesSection } from './area-network.ts';
import { initiativesDemo } from './demo.ts';
import { CONTACT_RETENTION_DAYS, initiativesHousekeeping } from './housekeeping.ts';
import { registerInitiative } from './intake-service.ts';
import { changeInitiative } from './review-service.ts';
import type { InitiativeInput } from './schema.ts';

const config = testConfig();
const G = config.municipality;
const DAY = 86_400_000;
const FORM = {
  kind: 'buurtpreventie',
  description: 'Wij lopen twee avonden per week een ronde door de buurt.',
  buurtCode: 'BU05050900',
  supportAsked: [],
  contact: { name: 'Jan Jansen', email: 'jan.jansen@example.test' },
};
const input = (title: string, publish = true): InitiativeInput =>
  ({ ...FORM, title, consent: { contact: true, publish, publishContactEmail: false } }) as InitiativeInput;

describe('initiatives housekeeping, the area network section and the demo', () => {
  let database: Database;
  let sys: ServiceContext;
  const as = (userId: string, role: Role): ServiceContext => ({ ...sys, actor: { kind: 'user', userId, email: 'x@example.test', role } });
  before(async () => {
    database = await openTestDatabase();
    sys = systemContext(database.db, 'test');
    await seedAreasIfEmpty(sys, SEED_DIR);
  });
  after(() => database.close());

  it('mails the check-in reminder to the reviewer once per due date, else to every reviewer', async () => {
    const reviewer = (await createUser(sys, { email: 'regisseur@example.test', role: 'coordinator', password: 'pw-correct-horse-battery' }))
      .user;
    await createUser(sys, { email: 'tweede@example.test', role: 'admin', password: 'pw-correct-horse-battery' });
    await createUser(sys, { email: 'kijker@example.test', role: 'viewer', password: 'pw-correct-horse-battery' });
    const env = { gemeente: G, municipalityName: 'Dordrecht' };
    const a = (await registerInitiative(sys, env, input('Met behandelaar'))).id;
    const b = (await registerInitiative(sys, env, input('Zonder behandelaar'))).id;
    const start = new Date('2025-01-10T09:00:00Z');
    for (const id of [a, b]) {
      await changeInitiative(sys, G, id, { status: 'in-contact' }, start);
      await changeInitiative(sys, G, id, { status: 'active' }, start);
    }
    await changeInitiative(sys, G, a, { reviewerId: reviewer.id }, start);
    await database.db.deleteFrom('mail_outbox').execute();
    const reminders = () =>
      database.db
        .selectFrom('mail_outbox')
        .select(['to_address', 'subject'])
        .where('subject', 'like', 'Jaarlijks gesprek%')
        .orderBy('to_address')
        .execute();
    await initiativesHousekeeping(sys, { config, now: new Date('2026-01-09T09:00:00Z') });
    assert.deepEqual(await reminders(), [], 'not due yet');
    await initiativesHousekeeping(sys, { config, now: new Date('2026-01-10T09:00:00Z') });
    await initiativesHousekeeping(sys, { config, now: new Date('2026-01-10T10:00:00Z') });
    assert.deepEqual(
      (await reminders()).map((m) => `${m.to_address} ${m.subject}`),
      [
        'regisseur@example.test Jaarlijks gesprek met initiatief "Met behandelaar"',
        'regisseur@example.test Jaarlijks gesprek met initiatief "Zonder behandelaar"',
        'tweede@example.test Jaarlijks gesprek met initiatief "Zonder behandelaar"',
      ],
    );
  });

  it('shows staff every initiative in scope with a due check-in warning, others only the published ones; no contacts', async () => {
    const scope = {
      gemeente: G,
      code: 'WK050509',
      codes: ['WK050509', 'GM0505', 'BU05050900', 'BU05050901'],
      today: '2026-01-11',
      minCellCount: 5,
    };
    const staff = await initiativesSection.load(as('00000000-0000-4000-8000-000000000001', 'viewer'), scope);
    assert.equal(staff?.length, 2);
    assert.ok(staff?.every((r) => r.warning?.includes('2026-01-10')));
    const unpublished = (await registerInitiative(sys, { gemeente: G, municipalityName: 'D' }, input('Niet openbaar', false))).id;
    const partnerRows = await initiativesSection.load(as('00000000-0000-4000-8000-000000000002', 'partner'), scope);
    assert.deepEqual(partnerRows, [], 'nothing published yet');
    const ids = (await database.db.selectFrom('initiatives').select('id').where('title', '=', 'Met behandelaar').execute()).map(
      (r) => r.id,
    );
    await changeInitiative(sys, G, ids[0]!, { published: true }, new Date());
    const publicRows = await initiativesSection.load({ ...sys, actor: { kind: 'anonymous' } }, scope);
    assert.deepEqual(
      publicRows?.map((r) => [r.title, r.warning, r.geometry?.type]),
      [['Met behandelaar', null, 'Point']],
    );
    assert.equal(JSON.stringify(staff).includes('jansen'), false);
    const elsewhere = await initiativesSection.load(sys, { ...scope, code: 'WK050508', codes: ['WK050508', 'BU05050801'] });
    assert.equal(
      elsewhere?.some((r) => r.id === unpublished),
      false,
    );
  });

  it('removes the contact details a year after the initiative ended, and logs the purge', async () => {
    const id = (await registerInitiative(sys, { gemeente: G, municipalityName: 'D' }, input('Gestopt'))).id;
    const endedOn = new Date('2025-02-01T12:00:00Z');
    await changeInitiative(sys, G, id, { status: 'ended' }, endedOn);
    const contact = () => database.db.selectFrom('initiative_contacts').select('name').where('initiative_id', '=', id).execute();
    await initiativesHousekeeping(sys, { config, now: new Date(endedOn.getTime() + (CONTACT_RETENTION_DAYS - 1) * DAY) });
    assert.equal((await contact()).length, 1, 'kept within the retention period');
    await initiativesHousekeeping(sys, { config, now: new Date(endedOn.getTime() + (CONTACT_RETENTION_DAYS + 1) * DAY) });
    assert.equal((await contact()).length, 0);
    const others = await database.db.selectFrom('initiative_contacts').select('name').execute();
    assert.ok(others.length >= 3, 'contacts of running initiatives stay');
    const log = await database.db
      .selectFrom('audit_log')
      .select('attributes')
      .where('processing_activity_id', '=', 'initiatives.retention')
      .execute();
    assert.equal(log.length, 1);
  });

  it('loads four demo initiatives once (one new), counts and removes only them', async () => {
    const env = { config, gemeente: G, now: new Date('2026-06-01T10:00:00Z') };
    const before = await database.db.selectFrom('initiatives').select('id').execute();
    assert.deepEqual(await initiativesDemo.load(sys, env), ["initiatives: 4 demo residents' initiatives"]);
    assert.deepEqual(await initiativesDemo.load(sys, env), []);
    assert.equal(await initiativesDemo.count!(sys, env), 4);
    const statuses = await database.db.selectFrom('initiatives').select('status').where('demo', '=', true).orderBy('status').execute();
    assert.deepEqual(
      statuses.map((s) => s.status),
      ['active', 'active', 'new', 'supported'],
    );
    assert.equal(await initiativesDemo.remove(sys, env), 4);
    assert.equal((await database.db.selectFrom('initiatives').select('id').execute()).length, before.length);
  });
});
