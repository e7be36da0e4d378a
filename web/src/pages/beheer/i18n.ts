/** The Beheer page's texts, added to i18next under `beheer.*` when the page loads (kept beside the page). */
import i18n from 'i18next';
import en from './en.json';
import nl from './nl.json';

export const BEHEER_TEXTS = { nl, en };

for (const [lng, texts] of Object.entries(BEHEER_TEXTS)) {
  if (!i18n.exists('beheer.title', { lng })) i18n.addResourceBundle(lng, 'translation', { beheer: texts }, true, false);
}
