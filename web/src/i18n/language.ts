/** Language choice: Dutch first, English on request; remembered in localStorage. Pure helpers. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';
export const LANGUAGE_STORAGE_KEY = 'stadsveilig.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The stored choice when valid, else Dutch (the municipality's working language). */
export function initialLanguage(stored: string | null | undefined): Language {
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}

export function otherLanguage(current: string): Language {
  return current === 'en' ? 'nl' : 'en';
}

/** BCP 47 locale for number and date formatting. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}
