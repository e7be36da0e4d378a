/** The texts of the portfolio's "PGA in cijfers" panel, added under `pgaPanel.*` when the panel loads. */
import i18n from 'i18next';
import en from './case-figures.en.json';
import nl from './case-figures.nl.json';

export const CASE_FIGURES_TEXTS = { nl, en };

for (const [lng, texts] of Object.entries(CASE_FIGURES_TEXTS)) {
  if (i18n.getResource(lng, 'translation', 'pgaPanel.title') === undefined) {
    i18n.addResourceBundle(lng, 'translation', { pgaPanel: texts }, true, false);
  }
}
