import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rdToWgs84 } from '../../areas/index.ts';
import { rdToWgs84Into } from './rd-wgs84.ts';

/** A small deterministic generator (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round7 = (v: number) => Math.round(v * 1e7) / 1e7;

test('RD → WGS84 written out equals proj4 to < 1e-9 degree over the whole RD area', () => {
  const rnd = seeded(28992);
  const out = new Float64Array(2);
  let worst = 0;
  for (let i = 0; i < 50_000; i++) {
    const x = -7_000 + rnd() * 307_000;
    const y = 289_000 + rnd() * 340_000;
    rdToWgs84Into(x, y, out);
    const [lon, lat] = rdToWgs84(x, y);
    worst = Math.max(worst, Math.abs(out[0]! - lon), Math.abs(out[1]! - lat));
  }
  assert.ok(worst < 1e-9, `largest difference ${worst} degree`);
});

test('RD → WGS84 written out gives the stored 7-decimal values of proj4 on cm points around Dordrecht', () => {
  const rnd = seeded(505);
  const out = new Float64Array(2);
  let differ = 0;
  for (let i = 0; i < 50_000; i++) {
    const x = Math.round((98_500 + rnd() * 17_500) * 100) / 100;
    const y = Math.round((413_500 + rnd() * 12_500) * 100) / 100;
    rdToWgs84Into(x, y, out);
    const [lon, lat] = rdToWgs84(x, y);
    if (round7(out[0]!) !== round7(lon) || round7(out[1]!) !== round7(lat)) differ++;
  }
  assert.equal(differ, 0);
});

test('RD → WGS84 written out: the origin, Amersfoort, and known points', () => {
  const out = new Float64Array(2);
  for (const [x, y] of [
    [155_000, 463_000], // the projection origin (rho = 0)
    [107_000, 420_000], // Dordrecht
    [0, 300_000],
    [280_000, 620_000],
  ] as const) {
    rdToWgs84Into(x, y, out);
    const [lon, lat] = rdToWgs84(x, y);
    assert.ok(Math.abs(out[0]! - lon) < 1e-9 && Math.abs(out[1]! - lat) < 1e-9, `${x},${y}: ${out[0]},${out[1]} vs ${lon},${lat}`);
  }
});
