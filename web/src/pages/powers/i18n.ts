/** The Bevoegdheden pages' texts, added to i18next under `powers.*` when the pages load (kept beside the pages). */
import i18n from 'i18next';
import en from './en.json';
import nl from './nl.json';

export const POWERS_TEXTS = { nl, en };

for (const [lng, texts] of Object.entries(POWERS_TEXTS)) {
  // getResource, not exists(): exists() falls back to Dutch, so the English texts would never be added.
  if (i18n.getResource(lng, 'translation', 'powers.title') === undefined) {
    i18n.addResourceBundle(lng, 'translation', { powers: texts }, true, false);
  }
}
