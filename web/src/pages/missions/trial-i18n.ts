/** The texts of a measure's trial section, added under `trial.*` when the section loads. */
import i18n from 'i18next';
import en from './trial.en.json';
import nl from './trial.nl.json';

export const TRIAL_TEXTS = { nl, en };

for (const [lng, texts] of Object.entries(TRIAL_TEXTS)) {
  if (i18n.getResource(lng, 'translation', 'trial.title') === undefined) {
    i18n.addResourceBundle(lng, 'translation', { trial: texts }, true, false);
  }
}
