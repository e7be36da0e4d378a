/**
 * The composer on its own, with a test-only module of fake sections: order, merging, null = left
 * out, and what happens when a section throws (the data of real sections is tested where they live).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ServiceContext } from '../../core/context.ts';
import { forbidden } from '../../core/errors.ts';
import type { AreaNetworkItem, AreaNetworkSection, AreaScope, PlatformModule } from '../../core/module-contract.ts';
import { loadSections } from './compose.ts';

const ctx = { actor: { kind: 'anonymous' }, db: null, traceId: 't' } as unknown as ServiceContext;
const scope: AreaScope = {
  gemeente: 'GM0505',
  code: 'WK050501',
  codes: ['WK050501', 'GM0505', 'BU05050100'],
  today: '2026-12-07',
  minCellCount: 5,
};
const item = (id: string, title = id): AreaNetworkItem => ({ id, title, kind: 'other', areaCodes: ['WK050501'] });
const section = (key: AreaNetworkSection['key'], load: AreaNetworkSection['load']): AreaNetworkSection => ({ key, load });
const fakeModule = (...sections: AreaNetworkSection[]): PlatformModule => ({ name: 'fake', areaNetwork: sections });

describe('composing an area network from module sections', () => {
  it('gives the sections in AREA_NETWORK_KEYS order, whatever the order of the modules', async () => {
    const modules = [
      fakeModule(section('targetGroups', async () => [item('t1')])),
      fakeModule(
        section('missions', async () => [item('m1')]),
        section('partners', async () => [item('p1')]),
      ),
    ];
    const { sections, unavailable } = await loadSections(ctx, modules, scope);
    assert.deepEqual(Object.keys(sections), ['partners', 'missions', 'targetGroups']);
    assert.deepEqual(sections.missions, [item('m1')]);
    assert.deepEqual(unavailable, []);
  });

  it('leaves out a section that answers null, and keeps an empty one', async () => {
    const modules = [
      fakeModule(
        section('partners', async () => null),
        section('agreements', async () => []),
      ),
    ];
    const { sections } = await loadSections(ctx, modules, scope);
    assert.deepEqual(sections, { agreements: [] });
  });

  it('hands every section the scope and the actor', async () => {
    const seen: [ServiceContext, AreaScope][] = [];
    const remember: AreaNetworkSection['load'] = async (c, s) => {
      seen.push([c, s]);
      return [];
    };
    await loadSections(ctx, [fakeModule(section('initiatives', remember))], scope);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]![0], ctx);
    assert.deepEqual(seen[0]![1], scope);
  });

  it('merges two sections with one key, the first row of an id winning', async () => {
    const modules = [
      fakeModule(section('youthGroups', async () => [item('a', 'first'), item('b')])),
      fakeModule(section('youthGroups', async () => [item('a', 'second'), item('c')])),
    ];
    const { sections } = await loadSections(ctx, modules, scope);
    assert.deepEqual(
      sections.youthGroups?.map((r) => `${r.id}:${r.title}`),
      ['a:first', 'b:b', 'c:c'],
    );
  });

  it('treats a 403 from a section as "may not see" and a failure as unavailable, keeping the other sections', async () => {
    const failures: string[] = [];
    const modules = [
      fakeModule(
        section('partners', async () => {
          throw forbidden('geen toegang');
        }),
        section('agreements', async () => {
          throw new Error('database weg');
        }),
        section('missions', async () => [item('m1')]),
      ),
    ];
    const { sections, unavailable } = await loadSections(ctx, modules, scope, (key, error) =>
      failures.push(`${key}: ${(error as Error).message}`),
    );
    assert.deepEqual(Object.keys(sections), ['missions']);
    assert.deepEqual(unavailable, ['agreements']);
    assert.deepEqual(failures, ['agreements: database weg']);
  });

  it('gives no sections when no module offers any', async () => {
    assert.deepEqual(await loadSections(ctx, [{ name: 'plain' }], scope), { sections: {}, unavailable: [] });
  });
});
