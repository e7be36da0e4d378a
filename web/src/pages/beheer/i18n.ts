/** The Beheer page's texts, added to i18next under `beheer.*` when the page loads (kept beside the page). */
import i18n from 'i18next';
import en from './en.json';
import nl from './nl.json';

export const BEHEER_TEXTS = { nl, en };

for (const [lng, texts] of Object.entries(BEHEER_TEXTS)) {
  // getResource, not exists(): exists() falls back to Dutch, so the English texts would never be added.
  if (i18n.getResource(lng, 'translation', 'beheer.title') === undefined) {
    i18n.addResourceBundle(lng, 'translation', { beheer: texts }, true, false);
  }
}
