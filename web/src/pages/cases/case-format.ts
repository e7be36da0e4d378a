/** Pure helpers of the case pages: criterion names, dates, the closing reasons (as the API lists them). */
import type { Criterion } from './api-cases.ts';

export const CLOSING_REASONS = [
  'doelen-bereikt',
  'verhuisd',
  'detentie',
  'overleden',
  'geen-medewerking',
  'andere-aanpak',
  'overig',
] as const;

/** A function from criterion code to its name in the language (the code itself when unknown). */
export function criterionNames(criteria: readonly Criterion[], language: string | undefined) {
  const en = language?.startsWith('en') ?? false;
  const map = new Map(criteria.map((c) => [c.code, en ? c.nameEn : c.nameNl]));
  return (code: string) => map.get(code) ?? code;
}

/** A date (and time) in the language's notation. */
export function formatDate(iso: string | null, language: string | undefined, withTime = false): string {
  if (!iso) return '—';
  const d = new Date(iso);
  const locale = language?.startsWith('en') ? 'en-GB' : 'nl-NL';
  return withTime
    ? d.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })
    : d.toLocaleDateString(locale, { dateStyle: 'medium' });
}
