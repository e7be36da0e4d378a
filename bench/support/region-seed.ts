/**
 * A synthetic veiligheidsregio for the region benchmark: ten municipalities made from Dordrecht's
 * seed (data/gm0505). GM0505 itself plus nine copies with renamed codes (GM9902 … GM9910, their
 * wijk and buurt codes renamed alike, names "Regiogemeente NN") at the SAME place — the copies are
 * not shifted on the map: each municipality's incidents are placed in its own buurten, so overlap
 * does not matter to import or views. Populations are scaled by 1.25 so the region has ~1.5M
 * inhabitants (Dordrecht's 2024 buurten sum to ~121k).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/core/config.ts';

export const REGION_POPULATION_SCALE = 1.25;
const SOURCE = path.join(projectRoot, 'data', 'gm0505');

/** The municipality codes of the region: GM0505 and nine renamed copies. */
export function regionCodes(count = 10): string[] {
  return ['GM0505', ...Array.from({ length: count - 1 }, (_, k) => `GM99${String(k + 2).padStart(2, '0')}`)];
}

function renamed(text: string, digits: string, name: string): string {
  return text
    .replaceAll('GM0505', `GM${digits}`)
    .replaceAll('WK0505', `WK${digits}`)
    .replaceAll('BU0505', `BU${digits}`)
    .replaceAll('Dordrecht', name);
}

/** Population CSV rows `"id","BU…",n` with n scaled. */
function scaledPopulation(text: string): string {
  return text.replace(
    /^(".*?","BU\d+",)(\d+)$/gm,
    (_m, head: string, n: string) => `${head}${Math.round(Number(n) * REGION_POPULATION_SCALE)}`,
  );
}

/** A seed directory for `code` (GM0505 gets a scaled copy too), in the system's temp directory. */
export function regionSeedDir(code: string, root = path.join(os.tmpdir(), 'sv-bench-region-seed')): string {
  const digits = code.slice(2);
  const dir = path.join(root, code);
  fs.mkdirSync(dir, { recursive: true });
  const name = code === 'GM0505' ? 'Dordrecht' : `Regiogemeente ${digits.slice(2)}`;
  for (const file of fs.readdirSync(SOURCE)) {
    let text = fs.readFileSync(path.join(SOURCE, file), 'utf8');
    if (file.includes('population')) text = scaledPopulation(text);
    fs.writeFileSync(path.join(dir, renamed(file, digits, name)), renamed(text, digits, name));
  }
  return dir;
}
