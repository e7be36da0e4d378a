/** GROUNDWORK placeholder: replaced by its part (H2). Renders the panels of the measures part (H3). */
import { useTranslation } from 'react-i18next';
import { CameraEvaluationPanel } from './CameraEvaluationPanel.tsx';
import { EffectPanel } from './EffectPanel.tsx';
import type { PowersPageProps } from './page-props.ts';

export function DecisionPage(props: PowersPageProps & { id: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('powers.pending')}</p>
      <EffectPanel decisionId={props.id} measureKind="closure" />
      <CameraEvaluationPanel decisionId={props.id} measureKind="camera" csrf={props.csrf} editable={props.caps.editPowers} />
    </>
  );
}
