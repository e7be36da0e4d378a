/**
 * The measures pages' pure helpers (powers): map features and bounds of points and polygons, and the
 * texts of the measures map, effect and camera panels, the portfolio panel and the residents' section
 * in both languages (the same keys, different words).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import activeEn from '../../web/src/pages/missions/active-measures-en.json' with { type: 'json' };
import activeNl from '../../web/src/pages/missions/active-measures-nl.json' with { type: 'json' };
import publicEn from '../../web/src/pages/perception/public-measures-en.json' with { type: 'json' };
import publicNl from '../../web/src/pages/perception/public-measures-nl.json' with { type: 'json' };
import en from '../../web/src/pages/powers/en.json' with { type: 'json' };
import nl from '../../web/src/pages/powers/nl.json' with { type: 'json' };
import { measureBounds, measureFeatures } from '../../web/src/pages/powers/measures-geometry.ts';

const keysOf = (o: unknown, prefix = ''): string[] =>
  Object.entries(o as Record<string, unknown>).flatMap(([k, v]) =>
    typeof v === 'object' && v ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

const place = (p: Partial<Parameters<typeof measureBounds>[0][number]['place']>) => ({
  place: { addressLabel: null, point: null, geometry: null, buurtCode: null, areaCodes: [], ...p },
});

describe('measures map helpers', () => {
  it('places an address measure as a point and an area measure as its polygon, skipping those without a place', () => {
    const polygon = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [4.6, 51.8],
          [4.7, 51.8],
          [4.7, 51.9],
          [4.6, 51.8],
        ] as [number, number][],
      ],
    };
    const rows = [
      { decisionId: 'a', measureKind: 'closure' as const, ...place({ point: { lon: 4.65, lat: 51.81 } }) },
      { decisionId: 'b', measureKind: 'camera' as const, ...place({ geometry: polygon }) },
      { decisionId: 'c', measureKind: 'order' as const, ...place({}) },
    ];
    const features = measureFeatures(rows);
    assert.deepEqual(
      features.map((f) => [f.id, f.geometry.type]),
      [
        ['a', 'Point'],
        ['b', 'Polygon'],
      ],
    );
    assert.deepEqual(measureBounds(rows), [
      [4.6, 51.8],
      [4.7, 51.9],
    ]);
    assert.equal(measureBounds([rows[2]!]), null);
  });
});

describe('measures texts', () => {
  it('has every text in Dutch and English', () => {
    for (const key of ['measures', 'effect', 'camera'] as const) {
      assert.deepEqual(keysOf(en[key]).sort(), keysOf(nl[key]).sort(), key);
      assert.notEqual(en[key].title, nl[key].title);
    }
    assert.deepEqual(keysOf(activeEn).sort(), keysOf(activeNl).sort());
    assert.deepEqual(keysOf(publicEn).sort(), keysOf(publicNl).sort());
    assert.notEqual(publicEn.title, publicNl.title);
  });
});
