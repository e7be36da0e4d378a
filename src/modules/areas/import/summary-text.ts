/** The summary printed after an areas import (the CLI, and the report of an import job). */
import type { ImportSummary } from './import-service.ts';

export function formatAreaImportSummary(s: ImportSummary): string {
  const missing = s.withoutGeometry.length ? s.withoutGeometry.join(', ') : 'none';
  return [
    `${s.replaced ? 'Replaced' : 'Imported'} areas of ${s.municipality}, vintage ${s.year} (source CRS ${s.crs}).`,
    `  gemeente ${s.counts.gemeente}, wijken ${s.counts.wijk}, buurten ${s.counts.buurt}`,
    `  population (sum of buurten): ${s.population === null ? 'unknown' : s.population.toLocaleString('en-US')}`,
    `  areas without polygon: ${missing}`,
    '',
  ].join('\n');
}
