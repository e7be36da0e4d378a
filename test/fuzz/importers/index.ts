/** Every import command the fuzzer drives, by name. */
import type { Importer, ImporterName } from '../importer.ts';
import { areasImporter } from './areas.ts';
import { cbsCrimeImporter, incidentsImporter } from './incidents.ts';
import { signalsImporter } from './signals.ts';
import { addressesImporter, surveyImporter } from './tables.ts';

export const importers: Record<ImporterName, Importer> = {
  areas: areasImporter,
  'cbs-crime': cbsCrimeImporter,
  incidents: incidentsImporter,
  signals: signalsImporter,
  survey: surveyImporter,
  addresses: addressesImporter,
};
