/** The Doelgroepen page's texts, added to i18next under `targetGroups.*` when the page loads (kept beside the page). */
import i18n from 'i18next';
import en from './en.json';
import nl from './nl.json';

export const TARGET_GROUP_TEXTS = { nl, en };

for (const [lng, texts] of Object.entries(TARGET_GROUP_TEXTS)) {
  // getResource, not exists(): exists() falls back to Dutch, so the English texts would never be added.
  if (i18n.getResource(lng, 'translation', 'targetGroups.title') === undefined) {
    i18n.addResourceBundle(lng, 'translation', { targetGroups: texts }, true, false);
  }
}
