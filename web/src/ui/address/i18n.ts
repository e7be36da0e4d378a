/** The address search's texts, added to i18next under `address.*` when a page uses it (kept beside the components). */
import i18n from 'i18next';
import en from './en.json';
import nl from './nl.json';

export const ADDRESS_TEXTS = { nl, en };

for (const [lng, texts] of Object.entries(ADDRESS_TEXTS)) {
  // getResource, not exists(): exists() falls back to Dutch, so the English texts would never be added.
  if (i18n.getResource(lng, 'translation', 'address.locate') === undefined) {
    i18n.addResourceBundle(lng, 'translation', { address: texts }, true, false);
  }
}
