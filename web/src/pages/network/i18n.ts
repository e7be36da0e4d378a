/** The Netwerk overview and area pages' texts, added to i18next under `areaNetwork.*` when the page loads (kept beside the page). */
import i18n from 'i18next';
import en from './en.json';
import nl from './nl.json';

export const AREA_NETWORK_TEXTS = { nl, en };

for (const [lng, texts] of Object.entries(AREA_NETWORK_TEXTS)) {
  // getResource, not exists(): exists() falls back to Dutch, so the English texts would never be added.
  if (i18n.getResource(lng, 'translation', 'areaNetwork.title') === undefined) {
    i18n.addResourceBundle(lng, 'translation', { areaNetwork: texts }, true, false);
  }
}
