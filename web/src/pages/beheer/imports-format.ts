/** The imports section's pure parts: the options each kind asks for, the options sent, progress and counts. Pure. */
import type { ImportJob, ImportKind } from './types.ts';

export const IMPORT_KINDS = [
  'incidents',
  'cbs-crime',
  'signals',
  'survey',
  'addresses',
  'enforcement',
  'areas',
] as const satisfies readonly ImportKind[];

export type OptionField = 'year' | 'replace' | 'areaYear' | 'quarantine' | 'source' | 'mapping';

/** The option fields of each kind (as the API's zod schema of that kind accepts them). */
export const KIND_OPTIONS: Record<ImportKind, readonly OptionField[]> = {
  incidents: ['source', 'quarantine'],
  'cbs-crime': ['areaYear', 'quarantine'],
  signals: ['mapping'],
  survey: ['source', 'quarantine'],
  addresses: ['source'],
  enforcement: ['source', 'quarantine'],
  areas: ['year', 'replace'],
};

/** The file endings each kind reads (the file picker's `accept`). */
export const KIND_ACCEPT: Record<ImportKind, string> = {
  incidents: '.csv,.geojson,.json',
  'cbs-crime': '.csv',
  signals: '.csv,.json',
  survey: '.csv',
  addresses: '.csv',
  enforcement: '.csv',
  areas: '.geojson,.json,.csv,.gpkg',
};

export type OptionValues = Partial<Record<OptionField, string | boolean>>;

/** The options to send for `kind` from the form's values; a mapping that is not JSON is an error (`mapping`). */
export function optionsFor(kind: ImportKind, values: OptionValues): { options: Record<string, unknown> } | { invalid: OptionField } {
  const options: Record<string, unknown> = {};
  for (const field of KIND_OPTIONS[kind]) {
    const v = values[field];
    if (field === 'replace' || field === 'quarantine') {
      if (v === true) options[field] = true;
    } else if (typeof v === 'string' && v.trim() !== '') {
      if (field === 'year' || field === 'areaYear') options[field] = Number(v);
      else if (field === 'mapping') {
        try {
          options.mapping = JSON.parse(v);
        } catch {
          return { invalid: 'mapping' };
        }
      } else options[field] = v.trim();
    }
  }
  return { options };
}

/** Whether a job is still to be followed. */
export const isOpen = (job: Pick<ImportJob, 'status'>) => job.status === 'queued' || job.status === 'running';

/** The progress bar's value and maximum: bytes of the file when the import reports them, else none (an indeterminate bar). */
export function progressOf(job: ImportJob): { value: number; max: number } | null {
  if (job.status === 'done') return { value: 1, max: 1 };
  const { bytesRead, totalBytes } = job.progress;
  return bytesRead > 0 && totalBytes > 0 ? { value: Math.min(bytesRead, totalBytes), max: totalBytes } : null;
}

export type CountName = 'rowsRead' | 'imported' | 'unchanged' | 'skipped' | 'quarantined' | 'rejected';

/** The counts of a report to show: rows read and imported always, the others when not zero. */
export function shownCounts(counts: NonNullable<ImportJob['counts']>): { name: CountName; value: number }[] {
  const names: CountName[] = ['rowsRead', 'imported', 'unchanged', 'skipped', 'quarantined', 'rejected'];
  return names.filter((n) => n === 'rowsRead' || n === 'imported' || counts[n] > 0).map((n) => ({ name: n, value: counts[n] }));
}

/** File sizes as people read them. */
export function sizeText(bytes: number, language: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let v = bytes;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${v.toLocaleString(language, { maximumFractionDigits: i ? 1 : 0 })} ${units[i]}`;
}

/** The job id in a path below the section (`/beheer/imports/12`), if any. */
export function jobIdIn(pathname: string, sectionPath: string): number | null {
  const m = new RegExp(`^${sectionPath}/(\\d+)/?$`).exec(pathname);
  return m ? Number(m[1]) : null;
}
