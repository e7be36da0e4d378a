/** The texts of the network part of the safety profile pages, added to i18next under `perceptionNetwork.*` (kept beside the pages). */
import i18n from 'i18next';
import en from './network-en.json';
import nl from './network-nl.json';

export const PERCEPTION_NETWORK_TEXTS = { nl, en };

for (const [lng, texts] of Object.entries(PERCEPTION_NETWORK_TEXTS)) {
  // getResource, not exists(): exists() falls back to Dutch, so the English texts would never be added.
  if (i18n.getResource(lng, 'translation', 'perceptionNetwork.title') === undefined) {
    i18n.addResourceBundle(lng, 'translation', { perceptionNetwork: texts }, true, false);
  }
}
