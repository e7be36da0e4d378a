/** The texts of the public measures section of the safety profile pages, added under `publicMeasures.*` (kept beside the pages). */
import i18n from 'i18next';
import en from './public-measures-en.json';
import nl from './public-measures-nl.json';

export const PUBLIC_MEASURES_TEXTS = { nl, en };

for (const [lng, texts] of Object.entries(PUBLIC_MEASURES_TEXTS)) {
  // getResource, not exists(): exists() falls back to Dutch, so the English texts would never be added.
  if (i18n.getResource(lng, 'translation', 'publicMeasures.title') === undefined) {
    i18n.addResourceBundle(lng, 'translation', { publicMeasures: texts }, true, false);
  }
}
