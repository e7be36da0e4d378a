/** i18next set-up: Dutch and English resources, the stored choice, and <html lang> kept in step. */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import { LANGUAGE_STORAGE_KEY, initialLanguage, type Language } from './language.ts';
import nl from './nl.json';

function readStored(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function setLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode); the switch still works for this visit.
  }
  void i18n.changeLanguage(language);
}

const lng = initialLanguage(readStored());
document.documentElement.lang = lng;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng,
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
