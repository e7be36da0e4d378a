/**
 * The Netwerk overview and area pages' pure helpers: paths, where a row leads, finding a wijk or
 * buurt by name or code, kind names with a fallback to the code, warnings over all sections, and
 * the page texts in both languages (the same keys, different words).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import en from '../../web/src/pages/network/en.json' with { type: 'json' };
import nl from '../../web/src/pages/network/nl.json' with { type: 'json' };
import { findArea, optionText, type PickableArea } from '../../web/src/pages/network/area-search.ts';
import { kindName, warningsOf } from '../../web/src/pages/network/kinds.ts';
import { areaNetworkPath, networkRouteFor, rowPath } from '../../web/src/pages/network/paths.ts';
import { SECTION_KEYS } from '../../web/src/pages/network/types.ts';

const keysOf = (o: unknown, prefix = ''): string[] =>
  Object.entries(o as Record<string, unknown>).flatMap(([k, v]) =>
    typeof v === 'object' && v ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('Netwerk paths', () => {
  it('routes /netwerk/gebied/{code} to the area page and anything else to the overview', () => {
    assert.deepEqual(networkRouteFor('/netwerk'), { page: 'overview' });
    assert.deepEqual(networkRouteFor('/netwerk/gebied/wk050501/'), { page: 'area', code: 'WK050501' });
    assert.deepEqual(networkRouteFor('/netwerk/gebied/BU05050100'), { page: 'area', code: 'BU05050100' });
    assert.deepEqual(networkRouteFor('/netwerk/gebied/Binnenstad'), { page: 'overview' });
    assert.equal(areaNetworkPath('GM0505'), '/netwerk/gebied/GM0505');
  });

  it('links rows to their own pages, public missions to the public summary, agreements and figures nowhere', () => {
    assert.equal(rowPath('partners', 'p1'), '/netwerk/partners/p1');
    assert.equal(rowPath('missions', 'm1'), '/opgaven/m1');
    assert.equal(rowPath('missions', 'm1', false), '/opgaven/publiek/m1');
    assert.equal(rowPath('initiatives', 'i 1'), '/netwerk/initiatieven/i%201');
    assert.equal(rowPath('youthGroups', 'y1'), '/netwerk/jeugdgroepen/y1');
    assert.equal(rowPath('agreements', 'a1'), null);
    assert.equal(rowPath('targetGroups', 't1'), null);
  });
});

describe('finding a wijk or buurt', () => {
  const areas: PickableArea[] = [
    { code: 'WK050501', name: 'Wijk 01 Binnenstad', level: 'wijk' },
    { code: 'BU05050100', name: 'Nieuwe Haven en omgeving', level: 'buurt' },
    { code: 'BU05050101', name: 'Binnenstad Noord', level: 'buurt' },
  ];
  it('matches a code or a name exactly, the option text, or the one name containing the text', () => {
    assert.equal(findArea(areas, 'wk050501')?.code, 'WK050501');
    assert.equal(findArea(areas, optionText(areas[1]!))?.code, 'BU05050100');
    assert.equal(findArea(areas, ' nieuwe haven ')?.code, 'BU05050100');
    assert.equal(findArea(areas, 'Binnenstad'), null, 'two areas contain it: no guess');
    assert.equal(findArea(areas, 'Dubbeldam'), null);
    assert.equal(findArea(areas, '  '), null);
  });
});

describe('kind names and warnings', () => {
  it('names a known code and falls back to the code itself', () => {
    const t = ((key: string, o: { defaultValue: string }) => (key === 'areaNetwork.kinds.police' ? 'politie' : o.defaultValue)) as never;
    assert.equal(kindName(t, 'police'), 'politie');
    assert.equal(kindName(t, 'brand-new-kind'), 'brand-new-kind');
  });

  it('collects the rows with a warning over every section', () => {
    const rows = warningsOf<{ id: string; warning?: string | null }>({
      agreements: [
        { id: 'a', warning: 'Verloopt op 2027-01-01' },
        { id: 'b', warning: null },
      ],
      missions: [{ id: 'm' }],
      youthGroups: [{ id: 'y', warning: 'Herbeoordeling te laat' }],
    });
    assert.deepEqual(
      rows.map((r) => `${r.section}:${r.row.id}`),
      ['agreements:a', 'youthGroups:y'],
    );
  });

  it('has every text in Dutch and English with the same keys, and a name and empty text per section', () => {
    assert.deepEqual(keysOf(en).sort(), keysOf(nl).sort());
    assert.notEqual(en.title, nl.title);
    for (const k of SECTION_KEYS) {
      assert.ok(nl.sections[k] && en.sections[k], k);
      assert.ok(nl.empty[k] && en.empty[k], k);
    }
    for (const kind of ['housing-corporation', 'convenant', 'information-sharing', 'in-contact', 'hinderlijk', 'crimineel'])
      assert.ok(kind in nl.kinds && kind in en.kinds, kind);
  });
});

describe('the area network page names every code a section can give', () => {
  it('has a Dutch and an English name for every kind and status the modules produce', async () => {
    const { PARTNER_KINDS, AGREEMENT_KINDS } = await import('../../src/modules/network/tables.ts');
    const { AGREEMENT_STATUSES } = await import('../../src/modules/network/detail-schema.ts');
    const { INITIATIVE_KINDS, INITIATIVE_STATUSES } = await import('../../src/modules/initiatives/tables.ts');
    const { CLASSIFICATIONS } = await import('../../src/modules/youth-groups/shortlist.ts');
    const { MISSION_STATUSES } = await import('../../src/modules/missions/tables.ts');
    const { DEFAULT_TARGET_GROUPS } = await import('../../src/modules/target-groups/defaults.ts');
    const { CASES_NETWORK_KIND } = await import('../../src/modules/cases/figures/area-network.ts');
    const codes = [
      ...PARTNER_KINDS,
      'city-wide',
      ...AGREEMENT_KINDS,
      ...AGREEMENT_STATUSES,
      ...INITIATIVE_KINDS,
      ...INITIATIVE_STATUSES,
      ...CLASSIFICATIONS,
      'unassessed',
      'mission',
      'public-mission',
      ...MISSION_STATUSES,
      ...DEFAULT_TARGET_GROUPS.map((g: { key: string }) => g.key),
      CASES_NETWORK_KIND,
    ];
    const missing = (texts: { kinds: Record<string, string> }) => codes.filter((c) => !texts.kinds[c]);
    assert.deepEqual(missing(nl as { kinds: Record<string, string> }), [], 'Dutch names missing');
    assert.deepEqual(missing(en as { kinds: Record<string, string> }), [], 'English names missing');
  });
});
