/** The summary printed at the end of an address import (the CLI, and the report of an import job). */
import type { AddressImportSummary } from './address-import-service.ts';

const SHAPES: Record<AddressImportSummary['shape'], string> = { 'nlextract-bagadres': 'NLExtract bagadres', generic: 'generic CSV' };

export function formatAddressSummary(s: AddressImportSummary): string {
  const n = (v: number) => v.toLocaleString('en');
  const skipped = [
    s.outside ? `${n(s.outside)} outside ${s.municipality}` : '',
    s.withoutPostcode ? `${n(s.withoutPostcode)} without postcode` : '',
    s.duplicates
      ? `${n(s.duplicates)} repeating an address of an earlier line (first kept; line ${s.duplicateLines.join(', ')}${s.duplicates > s.duplicateLines.length ? ', …' : ''})`
      : '',
  ].filter(Boolean);
  return (
    `${s.file} (${SHAPES[s.shape]}, source '${s.source}'): ${n(s.rowsRead)} rows read, ${n(s.stored)} address points stored for ${s.municipality}` +
    `${s.replaced ? ` (replacing the ${n(s.replaced)} of the previous load of '${s.source}')` : ''}` +
    `${skipped.length ? `; skipped: ${skipped.join(', ')}` : ''}. ${s.seconds.toFixed(1)} s.\n`
  );
}
