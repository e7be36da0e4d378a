/** One button switching between Dutch and English; labelled in the language it switches to. */
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/index.ts';
import { otherLanguage } from '../i18n/language.ts';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = otherLanguage(i18n.language);
  return (
    <button
      type="button"
      className="button ghost language-switch"
      lang={target}
      aria-label={t('header.switchTo')}
      onClick={() => void setLanguage(target)}
    >
      <span aria-hidden="true" className="language-code">
        {target.toUpperCase()}
      </span>
      <span className="language-label">{t('header.switchLabel')}</span>
    </button>
  );
}
