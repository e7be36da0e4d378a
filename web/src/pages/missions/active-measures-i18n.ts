/** The texts of the portfolio's "Actieve bestuurlijke maatregelen" panel, added under `activeMeasures.*` when the panel loads. */
import i18n from 'i18next';
import en from './active-measures-en.json';
import nl from './active-measures-nl.json';

export const ACTIVE_MEASURES_TEXTS = { nl, en };

for (const [lng, texts] of Object.entries(ACTIVE_MEASURES_TEXTS)) {
  if (i18n.getResource(lng, 'translation', 'activeMeasures.title') === undefined) {
    i18n.addResourceBundle(lng, 'translation', { activeMeasures: texts }, true, false);
  }
}
