/** A figure from the API; a suppressed value (null) is shown as "afgeschermd", never as zero. */
import { useTranslation } from 'react-i18next';
import { formatNumber, formatP, formatShare } from './format.ts';

interface Props {
  value: number | null | undefined;
  digits?: number;
  kind?: 'number' | 'p' | 'share';
  /** The disclosure threshold, for the tooltip. */
  min?: number;
}

export function Num({ value, digits = 0, kind = 'number', min }: Props) {
  const { t, i18n } = useTranslation();
  const f = kind === 'p' ? formatP : kind === 'share' ? formatShare : formatNumber;
  const text = kind === 'number' ? formatNumber(value, i18n.language, digits) : f(value, i18n.language);
  if (text === null) {
    return (
      <span className="suppressed" title={t('analysis.suppressedTitle', { min: min ?? 5 })} data-suppressed="true">
        {t('analysis.suppressed')}
      </span>
    );
  }
  return <>{text}</>;
}
