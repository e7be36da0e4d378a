/** Pure helpers of the privacy pages: the need-to-know problem read back, dates, the verdict form's rule. Unit-tested. */

/**
 * The case reference and procesregisseur in a 403 case-need-to-know detail
 * ("A case exists (PGA-2026-0001); ask the procesregisseur (Name), …"), or null when it has another shape.
 */
export function needToKnowOf(detail: string): { reference: string; director: string | null } | null {
  const ref = /^A case exists \(([^)]+)\)/.exec(detail);
  if (!ref?.[1]) return null;
  const director = /ask the procesregisseur \((.+?)\)(?:, or open it|\.$)/.exec(detail);
  return { reference: ref[1], director: director?.[1] ?? null };
}

export const MIN_REASON = 20;
export const MAX_REASON = 1000;

/** Whether a break-glass reason may be sent (the API's rule: 20 to 1000 characters after trimming). */
export const reasonReady = (reason: string) => reason.trim().length >= MIN_REASON && reason.trim().length <= MAX_REASON;

/** A date-time in the page's language and the municipality's time zone. */
export function dateTimeText(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

export type SearchMode = 'name' | 'bsn';

/** The body of a search from the form: only the fields of the chosen way of searching. */
export function searchBodyOf(mode: SearchMode, form: { name: string; birthDate: string; bsn: string }) {
  return mode === 'bsn' ? { bsn: form.bsn.trim() } : { name: form.name.trim(), birthDate: form.birthDate };
}
