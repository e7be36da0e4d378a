/** The partner pages' texts, added to i18next under `partners.*` when the page loads (kept beside the page). */
import i18n from 'i18next';
import en from './en.json';
import nl from './nl.json';

export const PARTNERS_TEXTS = { nl, en };

for (const [lng, texts] of Object.entries(PARTNERS_TEXTS)) {
  // getResource, not exists(): exists() falls back to Dutch, so the English texts would never be added.
  if (i18n.getResource(lng, 'translation', 'partners.title') === undefined) {
    i18n.addResourceBundle(lng, 'translation', { partners: texts }, true, false);
  }
}
