/** The youth groups page's texts, added to i18next under `youthGroups.*` when the page loads (kept beside the page). */
import i18n from 'i18next';
import en from './en.json';
import nl from './nl.json';

export const YOUTH_GROUPS_TEXTS = { nl, en };

for (const [lng, texts] of Object.entries(YOUTH_GROUPS_TEXTS)) {
  // getResource, not exists(): exists() falls back to Dutch, so the English texts would never be added.
  if (i18n.getResource(lng, 'translation', 'youthGroups.title') === undefined) {
    i18n.addResourceBundle(lng, 'translation', { youthGroups: texts }, true, false);
  }
}
