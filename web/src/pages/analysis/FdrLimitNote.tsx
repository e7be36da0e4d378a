/** Says why an FDR hotspot map finds little or nothing with this many permutations, and offers what works. */
import { useTranslation } from 'react-i18next';
import { fdrAdvice } from './fdr-advice.ts';
import { withOption, type AnalysisState } from './state.ts';
import type { HotspotsReply } from './types.ts';

export function FdrLimitNote({
  reply,
  state,
  onChange,
}: {
  reply: HotspotsReply;
  state: AnalysisState;
  onChange(next: AnalysisState): void;
}) {
  const { t, i18n } = useTranslation();
  const advice = fdrAdvice(reply.fdrCheck, i18n.language);
  if (!advice) return null;
  return (
    <div className="notice" role="status" data-testid="fdr-limit">
      <p>
        {t('analysis.hotspots.fdrLimit', advice.params)} {advice.noneSignificant && t('analysis.hotspots.fdrLimitNone')}
      </p>
      <p>
        {advice.permutations && (
          <button type="button" className="secondary" onClick={() => onChange(withOption(state, 'permutations', advice.permutations!))}>
            {t('analysis.hotspots.fdrUsePermutations', { permutations: advice.permutations })}
          </button>
        )}{' '}
        <button type="button" className="secondary" onClick={() => onChange(withOption(state, 'permutations', '0'))}>
          {t('analysis.hotspots.fdrUseAnalytic')}
        </button>
      </p>
    </div>
  );
}
