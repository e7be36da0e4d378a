/**
 * A fuzz run: `count` generated cases spread evenly over the importers (case i goes to importer
 * i mod 6, its file from seed (runSeed, i)), optionally the targeted cases first, on one database.
 * Returns the tally per importer and outcome and every defect with what reproduces it.
 */
import { IMPORTERS, type FuzzCase, type ImporterName } from './importer.ts';
import { importers } from './importers/index.ts';
import { caseSeed, seededRng } from './random.ts';
import { openFuzzEnv, runCase, type CaseResult } from './harness.ts';

export interface Defect {
  importer: ImporterName;
  index: number | null;
  name: string;
  result: CaseResult;
}

export interface FuzzTally {
  seed: number;
  cases: number;
  /** importer → outcome label (imported, rejected:<type>, defect:<kind>) → count */
  counts: Record<string, Record<string, number>>;
  defects: Defect[];
  seconds: number;
  slowest: { name: string; ms: number };
}

export interface FuzzRunOptions {
  seed: number;
  count: number;
  only?: ImporterName[];
  targeted?: boolean;
  /** Only this case index (to reproduce a defect). */
  index?: number;
  onResult?(c: FuzzCase, r: CaseResult, done: number, index: number | null): void;
}

export async function fuzzRun(o: FuzzRunOptions): Promise<FuzzTally> {
  const env = await openFuzzEnv();
  const t0 = performance.now();
  const names = (o.only?.length ? o.only : [...IMPORTERS]) as ImporterName[];
  const tally: FuzzTally = { seed: o.seed, cases: 0, counts: {}, defects: [], seconds: 0, slowest: { name: '', ms: 0 } };
  const record = (c: FuzzCase, index: number | null, r: CaseResult) => {
    tally.cases++;
    const label = r.outcome === 'imported' ? 'imported' : `${r.outcome}:${r.kind}`;
    const per = (tally.counts[c.importer] ??= {});
    per[label] = (per[label] ?? 0) + 1;
    if (r.outcome === 'defect') tally.defects.push({ importer: c.importer, index, name: c.name, result: r });
    if (r.ms > tally.slowest.ms) tally.slowest = { name: `${c.importer} ${c.name}`, ms: r.ms };
    o.onResult?.(c, r, tally.cases, index);
  };
  try {
    if (o.targeted) {
      for (const name of names) for (const c of await importers[name].targeted()) record(c, null, await runCase(env, importers[name], c));
    }
    const indices = o.index !== undefined ? [o.index] : Array.from({ length: o.count }, (_, i) => i);
    for (const i of indices) {
      const importer = importers[names[i % names.length]!];
      const c = await importer.generate(seededRng(caseSeed(o.seed, i)));
      record(c, i, await runCase(env, importer, c));
    }
  } finally {
    await env.close();
  }
  tally.seconds = (performance.now() - t0) / 1000;
  return tally;
}

/** The tally as a small table (importer × outcome) and the defects. */
export function formatTally(t: FuzzTally): string {
  const out = [
    `${t.cases} cases, seed ${t.seed}, ${t.seconds.toFixed(1)} s; ${t.defects.length} defects; slowest ${Math.round(t.slowest.ms)} ms (${t.slowest.name.slice(0, 100)})`,
  ];
  for (const [importer, per] of Object.entries(t.counts)) {
    const total = Object.values(per).reduce((a, b) => a + b, 0);
    out.push(
      `  ${importer.padEnd(10)} ${String(total).padStart(6)}  ${Object.entries(per)
        .sort()
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  }
  for (const d of t.defects.slice(0, 40))
    out.push(
      `  DEFECT ${d.importer}${d.index === null ? '' : ` #${d.index}`} [${d.result.kind}] ${d.name.slice(0, 160)}\n      ${d.result.detail.replace(/\n/g, '\n      ')}`,
    );
  if (t.defects.length > 40) out.push(`  … ${t.defects.length - 40} more defects`);
  return out.join('\n');
}
