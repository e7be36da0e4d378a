import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AreaFeature, AreaGeometry } from '../../web/src/api/types.ts';
import { categoryPath, indexCategories, isLeaf, leafOptions, mainOf, shownSuggestion } from '../../web/src/pages/signals/categories.ts';
import {
  buurtAt,
  buurtPoint,
  distanceMetres,
  markerData,
  metresToPixels,
  pointInGeometry,
  reportPoints,
} from '../../web/src/pages/signals/geo.ts';
import { detailPath, publicRouteFor, staffRouteFor, trackPath } from '../../web/src/pages/signals/paths.ts';
import { minutesToTime } from '../../web/src/pages/signals/routing-rules.ts';
import type { Category } from '../../web/src/pages/signals/types.ts';
import { moduleForPath } from '../../web/src/shell/routes.ts';

const square = (x: number, y: number, d = 0.01): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ],
});
const buurt = (code: string, geometry: AreaGeometry | null, isWater = false): AreaFeature => ({
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
    isWater,
  },
});

describe('paths', () => {
  const token = 'Pe76xqq2wD9kIlV97C_5QXgkz5LX7GueNu3Z30cSuiY';
  it('recognises the public pages (also the links the server mails) and leaves the rest to the login', () => {
    assert.deepEqual(publicRouteFor('/melden/'), { page: 'report' });
    assert.deepEqual(publicRouteFor('/melden/kaart'), { page: 'public-map' });
    assert.deepEqual(publicRouteFor(trackPath(token)), { page: 'track', token });
    assert.deepEqual(publicRouteFor(`/meldingen/afmelden/${token}`), { page: 'unsubscribe', token });
    assert.deepEqual(publicRouteFor(`/meldingen/bevestigen/${token}`), { page: 'confirm', token });
    assert.equal(publicRouteFor('/meldingen'), null);
    assert.equal(publicRouteFor('/meldingen/volgen/short'), null);
  });
  it('routes staff paths under /meldingen, and the shell keeps them in the Meldingen module', () => {
    assert.deepEqual(staffRouteFor('/meldingen'), { page: 'inbox' });
    assert.deepEqual(staffRouteFor(detailPath('M-2026-000001')), { page: 'detail', id: 'M-2026-000001' });
    assert.deepEqual(staffRouteFor('/meldingen/1ac2447e-9bda-42cc-baa5-388a77049649'), {
      page: 'detail',
      id: '1ac2447e-9bda-42cc-baa5-388a77049649',
    });
    assert.deepEqual(staffRouteFor('/meldingen/instellingen'), { page: 'settings' });
    assert.deepEqual(staffRouteFor('/meldingen/iets'), { page: 'inbox' });
    assert.equal(moduleForPath('/meldingen/M-2026-000001', ['signals:read']).id, 'meldingen');
    assert.equal(moduleForPath('/kaartje', []).id, 'kaart');
  });
});

const tree: Category[] = [
  {
    slug: 'openbare-ruimte',
    parentSlug: null,
    name: 'Openbare ruimte',
    description: '',
    keywords: '',
    handlingDays: 5,
    department: 'Stadsbeheer',
    isPublic: true,
    isSensitive: false,
    isNuisance: false,
    active: true,
    partnerContact: false,
    children: [
      {
        slug: 'straatverlichting',
        parentSlug: 'openbare-ruimte',
        name: 'Straatverlichting',
        description: '',
        keywords: '',
        handlingDays: 5,
        department: 'Stadsbeheer',
        isPublic: true,
        isSensitive: false,
        isNuisance: false,
        active: true,
        partnerContact: false,
      },
      {
        slug: 'groen',
        parentSlug: 'openbare-ruimte',
        name: 'Bomen en groen',
        description: '',
        keywords: '',
        handlingDays: 10,
        department: 'Stadsbeheer',
        isPublic: true,
        isSensitive: false,
        isNuisance: false,
        active: true,
        partnerContact: false,
      },
    ],
  },
  {
    slug: 'overig',
    parentSlug: null,
    name: 'Overig',
    description: '',
    keywords: '',
    handlingDays: 5,
    department: 'KCC',
    isPublic: true,
    isSensitive: false,
    isNuisance: false,
    active: true,
    partnerContact: false,
    children: [
      {
        slug: 'overig-overig',
        parentSlug: 'overig',
        name: 'Overig',
        description: '',
        keywords: '',
        handlingDays: 5,
        department: 'KCC',
        isPublic: true,
        isSensitive: false,
        isNuisance: false,
        active: true,
        partnerContact: false,
      },
    ],
  },
];

describe('categories', () => {
  const index = indexCategories(tree);
  it('looks up main categories, leaves and paths', () => {
    assert.equal(mainOf(index, 'groen')?.slug, 'openbare-ruimte');
    assert.equal(mainOf(index, 'overig')?.slug, 'overig');
    assert.equal(isLeaf(index, 'openbare-ruimte'), false);
    assert.equal(categoryPath(index, 'straatverlichting'), 'Openbare ruimte › Straatverlichting');
    assert.deepEqual(
      leafOptions(index).map((o) => o.slug),
      ['straatverlichting', 'groen', 'overig-overig'],
    );
  });
  it('shows the suggestion with up to two likely alternatives, and marks a fallback as unsure', () => {
    const s = shownSuggestion(index, {
      categorySlug: 'straatverlichting',
      confidence: 0.8,
      fallback: false,
      alternatives: [
        { categorySlug: 'straatverlichting', probability: 0.8 },
        { categorySlug: 'groen', probability: 0.12 },
        { categorySlug: 'overig-overig', probability: 0.01 },
        { categorySlug: 'gone', probability: 0.5 },
      ],
    });
    assert.deepEqual(s, {
      slug: 'straatverlichting',
      path: 'Openbare ruimte › Straatverlichting',
      unsure: false,
      alternatives: [{ slug: 'groen', path: 'Openbare ruimte › Bomen en groen' }],
    });
    assert.equal(
      shownSuggestion(index, { categorySlug: 'overig-overig', confidence: 0.2, fallback: true, alternatives: [] })?.unsure,
      true,
    );
    assert.equal(shownSuggestion(index, null), null);
  });
});

describe('map geometry', () => {
  const a = buurt('BU1', square(4.6, 51.8));
  const water = buurt('BU2', square(4.6, 51.8, 0.02), true);
  it('finds the buurt of a tapped point, preferring land over water', () => {
    assert.equal(pointInGeometry(square(0, 0, 1), 0.5, 0.5), true);
    assert.equal(pointInGeometry(square(0, 0, 1), 1.5, 0.5), false);
    assert.equal(buurtAt([water, a], { lat: 51.805, lon: 4.605 })?.properties.code, 'BU1');
    assert.equal(buurtAt([water, a], { lat: 51.815, lon: 4.615 })?.properties.code, 'BU2');
    assert.equal(buurtAt([a], { lat: 52, lon: 5 }), null);
  });
  it('puts a chosen buurt’s point inside it, and measures in metres', () => {
    const p = buurtPoint(a)!;
    assert.ok(pointInGeometry(a.geometry!, p.lon, p.lat));
    assert.equal(buurtPoint(buurt('BU3', null)), null);
    assert.ok(Math.abs(distanceMetres({ lat: 51.8, lon: 4.67 }, { lat: 51.8 + 50 / 111_195, lon: 4.67 }) - 50) < 0.5);
  });
  it('builds the marker and report layers', () => {
    assert.deepEqual(markerData(null).features, []);
    assert.deepEqual(markerData({ lat: 1, lon: 2 }).features[0]?.geometry.coordinates, [2, 1]);
    const pts = reportPoints([
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [4.6, 51.8] },
        properties: {
          number: null,
          categorySlug: 'drugshandel',
          categoryName: 'Drugs',
          statusLabel: 'Ontvangen',
          createdDate: '2026-01-01',
          blurred: true,
          demo: false,
        },
      },
    ]);
    assert.equal(pts.features[0]?.properties.blurred, true);
    assert.ok(
      Math.abs(metresToPixels(125, 15, 51.8) - 125 / ((40_075_016.686 * Math.cos((51.8 * Math.PI) / 180)) / (512 * 2 ** 15))) < 1e-9,
    );
  });
});

describe('routing rules to read', () => {
  it('shows minutes after midnight as a time', () => {
    assert.equal(minutesToTime(22 * 60 + 5), '22:05');
    assert.equal(minutesToTime(null), '');
    assert.equal(minutesToTime(1440), '24:00');
  });
});
