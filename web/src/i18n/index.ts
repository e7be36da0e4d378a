/**
 * i18next set-up: the Dutch texts in the first chunk, the English ones loaded when chosen (a chunk of
 * their own: most visitors read Dutch, and ~60 kB less before a phone can use the first page), the
 * stored choice, and <html lang> kept in step. `i18nReady` resolves once the chosen language's texts are in.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGE_STORAGE_KEY, initialLanguage, type Language } from './language.ts';
import nl from './nl.json';

function readStored(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

let english: Promise<void> | null = null;
/** Adds the English texts (deep, so texts other parts added under `en` stay). */
function loadEnglish(): Promise<void> {
  english ??= import('./en.json').then((m) => {
    i18n.addResourceBundle('en', 'translation', m.default, true, true);
  });
  return english;
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode); the switch still works for this visit.
  }
  if (language === 'en') await loadEnglish();
  await i18n.changeLanguage(language);
}

const lng = initialLanguage(readStored());
document.documentElement.lang = lng;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

const initialised = i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl } },
  lng: 'nl',
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Resolves when the first language's texts are in (at once for Dutch; after the English chunk otherwise). */
export const i18nReady: Promise<unknown> = initialised
  .then(() => (lng === 'en' ? setLanguage('en') : undefined))
  // Without the English chunk (offline after a deploy) the app still starts, in Dutch.
  .catch(() => undefined);

export default i18n;
