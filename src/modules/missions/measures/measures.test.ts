import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../../core/context.ts';
import { seedAreasIfEmpty } from '../../areas/index.ts';
import { apiClient, type Api } from '../../../../test/fixtures/missions/api.ts';
import { SEED_DIR, YEAR } from '../../../../test/fixtures/missions/seed.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';

describe('mission measures', () => {
  let t: TestApp;
  let api: Api;
  let coordinator: TestSession;
  let missionId: string;
  before(async () => {
    t = await createTestApp({ prepare: async (database) => void (await seedAreasIfEmpty(systemContext(database.db, 'test'), SEED_DIR)) });
    api = apiClient(t.app);
    coordinator = await loginAs(t.app, t.database, 'coordinator');
    missionId = (
      await api('POST', '/missions', coordinator, {
        title: 'Drugsoverlast centrum',
        scope: { kind: 'buurten', year: YEAR, codes: ['BU05050100'] },
      })
    ).json().id;
  });
  after(() => t.close());

  it('records administrative powers with their legal basis and behavioural measures with EAST design', async () => {
    const power = await api('POST', `/missions/${missionId}/measures`, coordinator, {
      title: 'Sluiting drugspand',
      type: 'administrative-power',
      powerKind: 'sluiting',
      startDate: '2024-03-01',
      costEur: 1500,
    });
    assert.equal(power.statusCode, 201, power.body);
    assert.equal(power.json().legalBasis.startsWith('art. 13b Opiumwet'), true);
    assert.equal(power.json().powerLabel, 'Sluiting woning of lokaal');
    const east = {
      easy: 'QR-code op de paal',
      attractive: 'persoonlijke brief',
      social: '8 op 10 buren sluiten af',
      timely: 'bij de eerste donkere avonden',
    };
    const behavioural = await api('POST', `/missions/${missionId}/measures`, coordinator, {
      title: 'Nudge: deur op slot',
      type: 'behavioural',
      design: east,
      hypothesis: 'Als bewoners herinnerd worden, dalen inbraken zonder braak.',
    });
    assert.equal(behavioural.statusCode, 201, behavioural.body);
    assert.deepEqual(behavioural.json().design, east);
    const bad = await api('POST', `/missions/${missionId}/measures`, coordinator, {
      title: 'Camera',
      type: 'administrative-power',
      startDate: '2024-05-01',
      endDate: '2024-04-01',
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(
      bad
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
      ['body.endDate', 'body.powerKind'],
    );
    const noEast = await api('POST', `/missions/${missionId}/measures`, coordinator, {
      title: 'Nudge',
      type: 'behavioural',
      powerKind: 'bibob',
    });
    assert.deepEqual(
      noEast
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
      ['body.design', 'body.hypothesis', 'body.powerKind'],
    );
    const patched = await api('PATCH', `/missions/${missionId}/measures/${power.json().id}`, coordinator, { status: 'running' });
    assert.equal(patched.json().status, 'running');
    const badPatch = await api('PATCH', `/missions/${missionId}/measures/${power.json().id}`, coordinator, { type: 'behavioural' });
    assert.deepEqual(
      badPatch
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
      ['body.design', 'body.hypothesis', 'body.powerKind'],
    );
  });

  it('names the owning partner of a measure and refuses an unknown one', async () => {
    const p = await api('POST', '/partners', coordinator, { name: 'Woonbron', kind: 'housing-corporation' });
    const owned = await api('POST', `/missions/${missionId}/measures`, coordinator, {
      title: 'Verlichting portieken',
      type: 'preventive',
      ownerPartnerId: p.json().id,
    });
    assert.equal(owned.statusCode, 201, owned.body);
    assert.deepEqual(owned.json().ownerPartner, { id: p.json().id, name: 'Woonbron' });
    const unknown = await api('POST', `/missions/${missionId}/measures`, coordinator, {
      title: 'Hekwerk',
      type: 'preventive',
      ownerPartnerId: '00000000-0000-4000-8000-000000000000',
    });
    assert.deepEqual(
      unknown.json().errors.map((e: { name: string }) => e.name),
      ['body.ownerPartnerId'],
    );
    const listed = (await api('GET', `/missions/${missionId}/measures`, coordinator)).json().measures;
    assert.deepEqual(
      listed.map((x: { ownerPartner: { name: string } | null }) => x.ownerPartner?.name ?? null),
      [null, null, 'Woonbron'],
    );
  });
});
