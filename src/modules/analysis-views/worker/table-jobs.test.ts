import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { EventTable } from '../../incidents/index.ts';
import { runTableJob, setTableJobMinEvents, stopViewWorkers, viewWorkerStats } from './pool.ts';
import { computeTableJob, isShared, type TableKernel } from './table-jobs.ts';

const MINUTE_2024 = Date.UTC(2024, 0, 1) / 60_000;

/** `n` events in shared memory (capacity `capacity`), one per hour from 2024-01-01, alternating two buurten and two types. */
function sharedTable(n: number, capacity = n): EventTable {
  const shared = <T>(Ctor: new (b: SharedArrayBuffer) => T, bytes: number) => new Ctor(new SharedArrayBuffer(capacity * bytes));
  const t = {
    length: n,
    x: shared(Float64Array, 8),
    y: shared(Float64Array, 8),
    startMin: shared(Int32Array, 4),
    endMin: shared(Int32Array, 4),
    startLocal: shared(Int32Array, 4),
    endLocal: shared(Int32Array, 4),
    type: shared(Uint16Array, 2),
    typeCodes: ['1.1.1', '2.5.2'],
    buurt: shared(Uint16Array, 2),
    areaCodes: ['BU05050101', 'BU05050202'],
    synthetic: shared(Uint8Array, 1),
    areaYear: shared(Uint16Array, 2),
    sortedByStart: true,
  };
  for (let k = 0; k < capacity; k++) writeEvent(t, k);
  return t;
}

function writeEvent(t: EventTable, k: number): void {
  t.x[k] = 105_000 + (k % 7) * 100;
  t.y[k] = 425_000 + (k % 5) * 100;
  t.startMin[k] = MINUTE_2024 + k * 60;
  t.endMin[k] = t.startMin[k]! + (k % 3) * 90;
  t.startLocal[k] = t.startMin[k]! + 60;
  t.endLocal[k] = t.endMin[k]! + 60;
  t.type[k] = k % 2;
  t.buurt[k] = (k >> 1) % 2;
  t.synthetic[k] = k % 10 === 0 ? 1 : 0;
  t.areaYear[k] = 2024;
}

const filter = { fromMin: MINUTE_2024 + 24 * 60, toMin: MINUTE_2024 + 60 * 24 * 60, types: ['1.1.1'], area: 'BU05050101' };
const spec = { originX: 104_000, originY: 424_000, cellSize: 100, cols: 40, rows: 40 };
const kernels: TableKernel[] = [
  { kind: 'select' },
  { kind: 'hottimes' },
  { kind: 'buurt-month', starts: [MINUTE_2024, Date.UTC(2024, 1, 1) / 60_000] },
  { kind: 'grid', spec },
];

describe('table jobs in the views worker (shared incident columns)', () => {
  after(async () => stopViewWorkers());

  it('give the same selection and counts as on the request thread, for every kernel', async () => {
    const t = sharedTable(3000);
    assert.equal(isShared(t), true);
    const previous = setTableJobMinEvents(0);
    try {
      for (const kernel of kernels) {
        const before = viewWorkerStats().tableJobs;
        const inWorker = await runTableJob(t, { filter, kernel });
        assert.equal(viewWorkerStats().tableJobs, before + 1, `${kernel.kind} ran in a worker`);
        const inline = computeTableJob(t, { filter, kernel });
        assert.ok(inline.selected.idx.length > 100);
        assert.deepEqual(Array.from(inWorker.selected.idx), Array.from(inline.selected.idx), kernel.kind);
        assert.equal(inWorker.selected.syntheticCount, inline.selected.syntheticCount);
        assert.deepEqual(inWorker.output, inline.output, kernel.kind);
      }
      assert.equal(viewWorkerStats().tablesPosted >= 1, true);
    } finally {
      setTableJobMinEvents(previous);
    }
  });

  it('post the columns once per version: an append (same memory, longer) is posted again and seen', async () => {
    const t = sharedTable(2000, 2500);
    const previous = setTableJobMinEvents(0);
    try {
      const all = { fromMin: MINUTE_2024, toMin: MINUTE_2024 + 10_000 * 60 };
      const first = await runTableJob(t, { filter: all, kernel: { kind: 'select' } });
      const posted = viewWorkerStats().tablesPosted;
      await runTableJob(t, { filter: all, kernel: { kind: 'select' } });
      assert.equal(viewWorkerStats().tablesPosted, posted, 'the same version is not posted again');
      const longer = { ...t, length: 2500 };
      const second = await runTableJob(longer, { filter: all, kernel: { kind: 'select' } });
      assert.equal(viewWorkerStats().tablesPosted, posted + 1);
      assert.deepEqual([first.selected.idx.length, second.selected.idx.length], [2000, 2500]);
    } finally {
      setTableJobMinEvents(previous);
    }
  });

  it('stay on the request thread for tables not in shared memory (residents’ reports) and small tables', async () => {
    const plain = { ...sharedTable(50), x: new Float64Array(50) };
    assert.equal(isShared(plain), false);
    const before = viewWorkerStats().tableJobs;
    const r = await runTableJob(plain, { filter, kernel: { kind: 'select' } });
    await runTableJob(sharedTable(50), { filter, kernel: { kind: 'select' } });
    assert.equal(viewWorkerStats().tableJobs, before);
    assert.ok(r.selected.idx.length > 0);
  });
});
