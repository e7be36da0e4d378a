/**
 * Pages that add their own texts to i18next (analysis, beheer) add them in every language: a check
 * with `exists()` falls back to Dutch and so never added the English ones.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import i18n from 'i18next';

describe('page texts in every language', () => {
  it('adds the English texts of the Analyse and Beheer pages beside the Dutch ones', async () => {
    await i18n.init({
      lng: 'nl',
      fallbackLng: 'nl',
      resources: { nl: { translation: { title: 'x' } }, en: { translation: { title: 'x' } } },
    });
    await import('../../web/src/pages/analysis/i18n.ts');
    await import('../../web/src/pages/beheer/i18n.ts');
    const { ANALYSIS_TEXTS } = await import('../../web/src/pages/analysis/i18n.ts');
    const { BEHEER_TEXTS } = await import('../../web/src/pages/beheer/i18n.ts');
    assert.notEqual(ANALYSIS_TEXTS.en.title, ANALYSIS_TEXTS.nl.title, 'the fixture texts differ per language');
    assert.equal(i18n.t('analysis.title', { lng: 'en' }), ANALYSIS_TEXTS.en.title);
    assert.equal(i18n.t('analysis.title', { lng: 'nl' }), ANALYSIS_TEXTS.nl.title);
    assert.equal(i18n.t('beheer.title', { lng: 'en' }), BEHEER_TEXTS.en.title);
  });
});
