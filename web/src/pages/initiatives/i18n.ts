/** The initiatives pages' texts, added to i18next under `initiatives.*` when a page loads (kept beside the pages). */
import i18n from 'i18next';
import en from './en.json';
import nl from './nl.json';

export const INITIATIVES_TEXTS = { nl, en };

for (const [lng, texts] of Object.entries(INITIATIVES_TEXTS)) {
  // getResource, not exists(): exists() falls back to Dutch, so the English texts would never be added.
  if (i18n.getResource(lng, 'translation', 'initiatives.title') === undefined) {
    i18n.addResourceBundle(lng, 'translation', { initiatives: texts }, true, false);
  }
}
