/**
 * Prepares the database of the measures browser test (measures-map.test.ts) before the server
 * starts: migrations and the shipped data (as `serve` does), three legal bases and four decisions in
 * buurt BU05050801 (wijk WK050508): a published closure in force, a published camera area, a closure
 * linked to a PGA case nobody in the test may open (published: only its public part shows) and an
 * unpublished one linked to that case (never shown to them, nor to residents).
 * Run: node --import tsx test/e2e/measures-map-prepare.ts
 */
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../src/core/config.ts';
import { databaseTarget } from '../../src/db/database-target.ts';
import { openDatabase } from '../../src/db/database.ts';
import { insertTestBases, insertTestDecision } from '../../src/modules/powers/measures/test-decisions.ts';
import { prepareDatabase } from '../../src/server/first-start.ts';

export const MEASURES_BUURT = 'BU05050801';
export const MEASURES_WIJK = 'WK050508';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const [LON, LAT] = [4.665, 51.815];

const config = loadConfig();
const database = await openDatabase(databaseTarget(config));
try {
  await prepareDatabase(database, config);
  const g = config.municipality;
  const db = database.db;
  await insertTestBases(db, g);
  const closure = { base: 't-closure', address: 'Meetstraat 7, Dordrecht', lon: LON, lat: LAT, buurt: MEASURES_BUURT };
  await insertTestDecision(db, g, {
    ...closure,
    title: 'Sluiting Meetstraat',
    start: day(-10),
    end: day(80),
    publicText: 'Een woning in deze buurt is voor drie maanden gesloten.',
    publishedOn: day(-9),
  });
  await insertTestDecision(db, g, {
    base: 't-camera',
    title: 'Camera centrum',
    areaCodes: [MEASURES_WIJK],
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [LON - 0.002, LAT - 0.001],
          [LON + 0.002, LAT - 0.001],
          [LON + 0.002, LAT + 0.001],
          [LON - 0.002, LAT + 0.001],
          [LON - 0.002, LAT - 0.001],
        ],
      ],
    },
    start: day(-200),
    publicText: 'Cameratoezicht in het centrum van de wijk.',
    publishedOn: day(-200),
  });
  const caseId = randomUUID();
  await insertTestDecision(db, g, {
    ...closure,
    title: 'Casussluiting Geheimweg',
    address: 'Geheimweg 3, Dordrecht',
    caseId,
    start: day(-5),
    publicText: 'Een pand in deze buurt is gesloten na een drugsvondst.',
    publishedOn: day(-4),
  });
  await insertTestDecision(db, g, { ...closure, title: 'Ongepubliceerde casussluiting', caseId, start: day(-5) });
  console.log('4 decisions');
} finally {
  await database.close();
}
