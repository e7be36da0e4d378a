import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import i18next from 'i18next';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import nl from '../../web/src/i18n/nl.json' with { type: 'json' };
import { addressLine, buurtLine, duplicateReasons, nearbyPoints } from '../../web/src/pages/signals/place-text.ts';
import type { Surroundings } from '../../web/src/pages/signals/types.ts';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'nl', resources: { nl: { translation: nl }, en: { translation: en } }, interpolation: { escapeValue: false } });

const near = (p: Partial<Surroundings> = {}): Surroundings => ({
  buurt: { code: 'BU05051101', name: 'Wielwijk-Noord' },
  nearestAddress: { text: '3311 AB 12, Dordrecht', distanceMetres: 4 },
  nearby: [],
  duplicates: [],
  ...p,
});

describe('the place of a report on the staff detail page', () => {
  it('names the buurt and the address (typed, else the nearest BAG address)', () => {
    const t = i18n.getFixedT('nl');
    assert.equal(buurtLine({ buurtCode: 'BU05051101' }, near()), 'Wielwijk-Noord (BU05051101)');
    assert.equal(buurtLine({ buurtCode: 'BU05051101' }, null), 'BU05051101', 'the code while the name loads');
    assert.equal(buurtLine({ buurtCode: null }, near({ buurt: null })), null);
    assert.equal(addressLine(t, { addressText: 'Voorstraat 1' }, near()), 'Voorstraat 1');
    assert.equal(addressLine(t, { addressText: null }, near()), '3311 AB 12, Dordrecht (dichtstbijzijnde adres, 4 m)');
    assert.equal(addressLine(t, { addressText: null }, near({ nearestAddress: null })), null);
  });
  it('gives the reasons of a duplicate in plain words, in Dutch and English', () => {
    const d = { sameCategory: true, distanceMetres: 40, daysApart: 2, earlier: true };
    assert.equal(duplicateReasons(i18n.getFixedT('nl'), d), 'zelfde categorie, 40 m, 2 dagen eerder');
    assert.equal(
      duplicateReasons(i18n.getFixedT('nl'), { ...d, sameCategory: false, daysApart: 1, earlier: false }),
      'verwante categorie, 40 m, 1 dag later',
    );
    assert.equal(duplicateReasons(i18n.getFixedT('en'), { ...d, daysApart: 0 }), 'same category, 40 m, same day');
  });
  it('draws the other reports as points carrying their number', () => {
    const points = nearbyPoints([
      {
        id: 'a',
        number: 'M-2026-000001',
        categorySlug: 'groen',
        categoryName: 'Groen',
        status: 'new',
        statusLabel: 'Ontvangen',
        createdAt: '2026-05-01T10:00:00Z',
        distanceMetres: 12,
        location: { lat: 51.8, lon: 4.7 },
      },
    ]);
    assert.deepEqual(points.features[0], {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [4.7, 51.8] },
      properties: { number: 'M-2026-000001' },
    });
  });
});
