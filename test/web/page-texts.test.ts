/**
 * Pages that add their own texts to i18next (analysis, beheer) add them in every language: a check
 * with `exists()` falls back to Dutch and so never added the English ones.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import i18n from 'i18next';
import analysisEn from '../../web/src/pages/analysis/en.json' with { type: 'json' };
import analysisNl from '../../web/src/pages/analysis/nl.json' with { type: 'json' };
import beheerEn from '../../web/src/pages/beheer/en.json' with { type: 'json' };

/** The pages' i18n.ts files, loaded as the browser does (a path the server's tsconfig does not follow). */
const loadPageTexts = (page: string) => import(new URL(`../../web/src/pages/${page}/i18n.ts`, import.meta.url).href);

describe('page texts in every language', () => {
  it('adds the English texts of the Analyse and Beheer pages beside the Dutch ones', async () => {
    await i18n.init({
      lng: 'nl',
      fallbackLng: 'nl',
      resources: { nl: { translation: { title: 'x' } }, en: { translation: { title: 'x' } } },
    });
    await loadPageTexts('analysis');
    await loadPageTexts('beheer');
    assert.notEqual(analysisEn.title, analysisNl.title, 'the texts differ per language');
    assert.equal(i18n.t('analysis.title', { lng: 'en' }), analysisEn.title);
    assert.equal(i18n.t('analysis.title', { lng: 'nl' }), analysisNl.title);
    assert.equal(i18n.t('beheer.title', { lng: 'en' }), beheerEn.title);
  });
});
