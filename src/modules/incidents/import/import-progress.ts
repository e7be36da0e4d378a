/**
 * Progress of a long incident import on stderr. On a terminal: one bar redrawn in place (by
 * bytes read, at most 10× a second). Otherwise (a log, a pipe): one line per 100,000 rows and one
 * per phase, so logs stay short.
 */
import type { ImportProgress } from './import-options.ts';

export interface ProgressSink {
  isTTY?: boolean;
  write(text: string): unknown;
}

const WIDTH = 30;

export function progressReporter(out: ProgressSink = process.stderr): (p: ImportProgress) => void {
  const started = performance.now();
  let lastDraw = 0;
  let lastRows = 0;
  let phase: ImportProgress['phase'] | null = null;
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  return (p) => {
    if (out.isTTY) {
      const now = performance.now();
      if (p.phase === 'read' && now - lastDraw < 100) return;
      lastDraw = now;
      const share = p.phase === 'read' && p.totalBytes ? (p.bytes ?? 0) / p.totalBytes : 1;
      const filled = Math.round(share * WIDTH);
      const label = p.phase === 'read' ? 'reading' : p.phase === 'store' ? 'storing' : 'done   ';
      out.write(
        `\r${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.round(share * 100)}% ${p.rows.toLocaleString('en')} rows ${elapsed()}`,
      );
      if (p.phase === 'done') out.write('\n');
      return;
    }
    if (p.phase !== phase) {
      phase = p.phase;
      out.write(
        `${p.phase === 'read' ? 'reading' : p.phase === 'store' ? 'storing' : 'done'}: ${p.rows.toLocaleString('en')} rows, ${elapsed()}\n`,
      );
    } else if (p.phase === 'read' && p.rows - lastRows >= 100_000) {
      lastRows = p.rows - (p.rows % 100_000);
      out.write(`reading: ${lastRows.toLocaleString('en')} rows, ${elapsed()}\n`);
    }
  };
}
