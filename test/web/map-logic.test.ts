import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AreaFeature, AreaGeometry } from '../../web/src/api/types.ts';
import { filterAreas, matchesQuery, normalise, sortByName } from '../../web/src/ui/map/area-filter.ts';
import { BUURT_FILL_LAYER, BUURT_SOURCE, buildMapStyle, buurtFillPaint, wantsBackground } from '../../web/src/ui/map/area-style.ts';
import { areaTitle, formatPopulation } from '../../web/src/pages/map/format.ts';
import { collectionBounds, geometryBounds, interiorPoint } from '../../web/src/ui/map/geometry.ts';

function feature(code: string, geometry: AreaGeometry | null): AreaFeature {
  return {
    type: 'Feature',
    id: code,
    geometry,
    properties: {
      code,
      name: code,
      level: 'buurt',
      parentCode: null,
      year: 2024,
      population: null,
      populationYear: null,
      geometryYear: null,
      note: null,
      isWater: false,
    },
  };
}

/** Point-in-polygon (even-odd) for checking interiorPoint. */
function inside(geometry: AreaGeometry, [x, y]: [number, number]): boolean {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  let result = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
    }
  }
  return result;
}

describe('area search', () => {
  const areas = [
    { name: 'Crabbehof-Noord', code: 'BU05050901' },
    { name: 'Oud-Krispijn', code: 'BU05050702' },
    { name: 'Sterrenburg', code: 'BU05051103' },
  ];
  it('matches name or code, case- and accent-insensitive, every word', () => {
    assert.equal(normalise('  Ézel '), 'ezel');
    assert.ok(matchesQuery(areas[0]!, 'crabbe'));
    assert.ok(matchesQuery(areas[0]!, '0901'));
    assert.ok(matchesQuery(areas[1]!, 'oud krisp'));
    assert.ok(!matchesQuery(areas[1]!, 'oud sterren'));
    assert.deepEqual(filterAreas(areas, '').length, 3);
    assert.deepEqual(
      filterAreas(areas, 'BU0505110').map((a) => a.name),
      ['Sterrenburg'],
    );
  });
  it('sorts by name in Dutch order without changing the input', () => {
    const sorted = sortByName([...areas].reverse());
    assert.deepEqual(
      sorted.map((a) => a.name),
      ['Crabbehof-Noord', 'Oud-Krispijn', 'Sterrenburg'],
    );
  });
});

describe('formatting', () => {
  it('formats population per language and keeps unknown visible as null', () => {
    assert.equal(formatPopulation(12345, 'nl'), '12.345');
    assert.equal(formatPopulation(12345, 'en'), '12,345');
    assert.equal(formatPopulation(null, 'nl'), null);
    assert.equal(areaTitle({ name: 'Wielwijk', code: 'BU05050301' }), 'Wielwijk (BU05050301)');
  });
});

describe('geometry', () => {
  const square: AreaGeometry = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [4, 0],
        [4, 4],
        [0, 4],
        [0, 0],
      ],
    ],
  };
  // A "U": the centroid (2, ~1.6) lies in the notch for a thin bottom; interiorPoint must not.
  const u: AreaGeometry = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [6, 0],
        [6, 6],
        [5, 6],
        [5, 1],
        [1, 1],
        [1, 6],
        [0, 6],
        [0, 0],
      ],
    ],
  };
  const withHole: AreaGeometry = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
      [
        [2, 2],
        [8, 2],
        [8, 8],
        [2, 8],
        [2, 2],
      ],
    ],
  };
  it('computes bounds of polygons and collections, skipping features without geometry', () => {
    assert.deepEqual(geometryBounds(square), [
      [0, 0],
      [4, 4],
    ]);
    assert.equal(geometryBounds(null), null);
    const multi: AreaGeometry = {
      type: 'MultiPolygon',
      coordinates: [
        square.coordinates,
        [
          [
            [10, 10],
            [11, 10],
            [11, 12],
            [10, 10],
          ],
        ],
      ],
    };
    assert.deepEqual(collectionBounds([feature('a', multi), feature('b', null)]), [
      [0, 0],
      [11, 12],
    ]);
    assert.equal(collectionBounds([feature('b', null)]), null);
  });
  it('finds a point inside concave polygons and polygons with holes', () => {
    for (const g of [square, u, withHole]) {
      const p = interiorPoint(g);
      assert.ok(p, 'a point');
      assert.ok(inside(g, p), `point ${p} inside`);
    }
    assert.equal(interiorPoint(null), null);
  });
});

describe('map style', () => {
  it('is offline with background none: no external sources, glyphs or sprites', () => {
    const style = buildMapStyle({ background: 'none', backgroundTiles: null, attribution: 'Gebieden: CBS', backgroundAttribution: null });
    assert.deepEqual(Object.keys(style.sources).sort(), ['buurten', 'wijken']);
    assert.equal(style.glyphs, undefined);
    assert.equal(style.sprite, undefined);
    assert.ok(style.layers.some((l) => l.id === BUURT_FILL_LAYER));
    assert.ok(!style.layers.some((l) => l.type === 'symbol'), 'no text labels');
    assert.equal(JSON.stringify(style).includes('http'), false);
  });
  it('adds the PDOK BRT raster below the areas when configured', () => {
    const tiles = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';
    const style = buildMapStyle({
      background: 'pdok-brt',
      backgroundTiles: tiles,
      attribution: 'Gebieden: CBS',
      backgroundAttribution: 'Kaart: PDOK BRT',
    });
    assert.deepEqual((style.sources.brt as { tiles: string[] }).tiles, [tiles]);
    assert.equal((style.sources.brt as { attribution: string }).attribution, 'Kaart: PDOK BRT', 'the background credits itself');
    assert.equal((style.sources[BUURT_SOURCE] as { attribution: string }).attribution, 'Gebieden: CBS');
    const ids = style.layers.map((l) => l.id);
    assert.ok(ids.indexOf('brt') < ids.indexOf(BUURT_FILL_LAYER));
    assert.equal((style.sources[BUURT_SOURCE] as { promoteId: string }).promoteId, 'code');
  });
  it('leaves the PDOK BRT raster out once this visit found it unreachable, and draws the areas as offline', () => {
    const tiles = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';
    const config = {
      background: 'pdok-brt' as const,
      backgroundTiles: tiles,
      attribution: 'Gebieden: CBS',
      backgroundAttribution: 'Kaart: PDOK BRT',
    };
    assert.equal(wantsBackground(config), true);
    assert.equal(wantsBackground(config, true), false);
    const style = buildMapStyle(config, true);
    assert.deepEqual(Object.keys(style.sources).sort(), ['buurten', 'wijken']);
    const fill = style.layers.find((l) => l.id === BUURT_FILL_LAYER) as { paint: Record<string, unknown> };
    assert.deepEqual(fill.paint['fill-opacity'], buurtFillPaint(false)['fill-opacity']);
  });
});
