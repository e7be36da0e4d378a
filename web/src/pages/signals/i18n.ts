/** The early-signal texts of the meldingen pages, added to i18next under `earlySignals.*` when the pages load (kept beside them). */
import i18n from 'i18next';
import en from './en.json';
import nl from './nl.json';

export const EARLY_SIGNAL_TEXTS = { nl, en };

for (const [lng, texts] of Object.entries(EARLY_SIGNAL_TEXTS)) {
  // getResource, not exists(): exists() falls back to Dutch, so the English texts would never be added.
  if (i18n.getResource(lng, 'translation', 'earlySignals.title') === undefined) {
    i18n.addResourceBundle(lng, 'translation', { earlySignals: texts }, true, false);
  }
}
