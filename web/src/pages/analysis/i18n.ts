/** The Analyse page's texts, added to i18next under `analysis.*` when the page loads (kept beside the page). */
import i18n from 'i18next';
import en from './en.json';
import nl from './nl.json';

export const ANALYSIS_TEXTS = { nl, en };

for (const [lng, texts] of Object.entries(ANALYSIS_TEXTS)) {
  if (!i18n.hasResourceBundle(lng, 'translation') || !i18n.exists('analysis.title', { lng })) {
    i18n.addResourceBundle(lng, 'translation', { analysis: texts }, true, false);
  }
}
