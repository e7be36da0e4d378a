/** The near-repeat conclusion in one plain sentence beside the Knox table (rule: knox.ts knoxConclusion). */
import { useTranslation } from 'react-i18next';
import { conclusionText, type KnoxConclusion as Conclusion } from './knox.ts';

interface Props {
  conclusion: Conclusion;
  /** The crime types of the selection (meta.crimeTypes). */
  crimeTypes: readonly string[] | null;
}

export function KnoxConclusion({ conclusion, crimeTypes }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <p className={`knox-conclusion ${conclusion.kind}`} data-testid="knox-conclusion" aria-live="polite">
      <strong>{t('analysis.nearRepeat.conclusion.title')}</strong> {conclusionText(conclusion, crimeTypes, t, i18n.language)}
    </p>
  );
}
