import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  axisMax,
  axisTicks,
  DEFAULT_SIZE,
  QUADRANT_COLOURS,
  quadrantFillColour,
  quadrantLayout,
  withQuadrants,
} from '../../web/src/pages/perception/quadrant.ts';
import type { DiscrepancyPoint, Quadrant } from '../../web/src/pages/perception/types.ts';

const point = (code: string, x: number, y: number, quadrant: Quadrant, flagged = false): DiscrepancyPoint => ({
  areaCode: code,
  areaName: code,
  x,
  y,
  gap: y - x,
  quadrant,
  flagged,
  perceivedSource: 'enquête',
  n: 400,
  themes: [],
  reportCategories: [],
  pulseProblems: [],
});

describe('quadrant geometry', () => {
  it('chooses an axis maximum of at least 200, rounded up to 50, with room for the largest value', () => {
    assert.equal(axisMax([]), 200);
    assert.equal(axisMax([{ x: 120, y: 80 }]), 200);
    assert.equal(axisMax([{ x: 222.2, y: 150 }]), 250);
    assert.equal(axisMax([{ x: 90, y: 380 }]), 400);
  });
  it('does not let one far outlier squash the others: above 400 the maximum follows the 90th percentile, at least 400', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ x: 50 + i * 10, y: 60 + i * 8 }));
    assert.equal(axisMax([...many, { x: 934, y: 170 }]), 400, 'clipped at 400, not 1000');
    assert.equal(axisMax([{ x: 90, y: 410 }]), 450, 'a lone value above 400 still fits when it is within the percentile');
    const l = quadrantLayout([
      point('A', 60, 60, 'both-low'),
      point('B', 934, 170, 'both-high', true),
      ...many.map((m, i) => point(`M${i}`, m.x, m.y, 'both-low')),
    ]);
    const b = l.points.find((p) => p.code === 'B')!;
    assert.equal(b.clipped, true);
    assert.equal(b.cx, l.plot.right, 'drawn at the edge');
    assert.equal(l.points.find((p) => p.code === 'A')!.clipped, false);
  });
  it('makes ticks of 50 up to 300 and coarser above', () => {
    assert.deepEqual(axisTicks(200), [0, 50, 100, 150, 200]);
    assert.deepEqual(axisTicks(300), [0, 50, 100, 150, 200, 250, 300]);
    assert.deepEqual(axisTicks(800), [0, 200, 400, 600, 800]);
  });
  it('maps index 100 to the reference lines and points into the right quadrant of the plot', () => {
    const { margin, width, height } = DEFAULT_SIZE;
    const l = quadrantLayout([
      point('A', 50, 150, 'unsafe-feeling-low-crime'),
      point('B', 150, 50, 'safe-feeling-high-crime'),
      point('C', 200, 200, 'both-high', true),
    ]);
    assert.equal(l.max, 250);
    const plotW = width - margin.left - margin.right;
    const plotH = height - margin.top - margin.bottom;
    assert.equal(l.refX, Math.round((margin.left + (100 / 250) * plotW) * 10) / 10);
    assert.equal(l.refY, Math.round((height - margin.bottom - (100 / 250) * plotH) * 10) / 10);
    const [a, b, c] = l.points;
    // A: left of and above the reference point (SVG y grows downwards).
    assert.ok(a!.cx < l.refX && a!.cy < l.refY);
    assert.ok(b!.cx > l.refX && b!.cy > l.refY);
    assert.ok(c!.cx > l.refX && c!.cy < l.refY && c!.flagged);
    // Labels sit in the matching corners.
    assert.ok(l.labels['unsafe-feeling-low-crime'].x < l.refX && l.labels['unsafe-feeling-low-crime'].y < l.refY);
    assert.ok(l.labels['safe-feeling-high-crime'].x > l.refX && l.labels['safe-feeling-high-crime'].y > l.refY);
  });
  it('keeps points inside the plot (no negative values drawn outside)', () => {
    const l = quadrantLayout([point('Z', -10, 0, 'both-low')]);
    assert.equal(l.points[0]!.cx, l.plot.left);
    assert.equal(l.points[0]!.cy, l.plot.bottom);
  });
});

describe('quadrant classes on the map', () => {
  it('adds the quadrant to each area feature and "none" for areas without both indices', () => {
    const features = [{ properties: { code: 'WK1' } }, { properties: { code: 'WK2' } }];
    const out = withQuadrants(features, [point('WK1', 222, 150, 'both-high', true)]);
    assert.deepEqual(
      out.map((f) => [f.properties.quadrant, f.properties.flagged]),
      [
        ['both-high', true],
        ['none', false],
      ],
    );
  });
  it('builds a match expression with a colour for every quadrant and grey as fallback', () => {
    const expr = quadrantFillColour();
    assert.deepEqual(expr.slice(0, 2), ['match', ['get', 'quadrant']]);
    assert.equal(expr.at(-1), QUADRANT_COLOURS.none);
    assert.equal(expr.length, 2 + 4 * 2 + 1);
    assert.equal(new Set(Object.values(QUADRANT_COLOURS)).size, 5, 'five distinct colours');
  });
});
