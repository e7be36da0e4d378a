/** The measures of a mission: type, powers with their legal basis, behavioural measures with EAST design, hypothesis and their trial. */
import { useTranslation } from 'react-i18next';
import { useAsync } from '../../ui/use-async.ts';
import { listMeasures } from './api.ts';
import { EAST_PARTS } from './measure-form.ts';
import { MeasureForm } from './MeasureForm.tsx';
import { TrialSection } from './TrialSection.tsx';
import { formatDay } from './progress-format.ts';
import type { Measure } from './types.ts';

interface Props {
  missionId: string;
  canEdit: boolean;
  csrfToken: string | null;
  onChanged(): void;
}

function MeasureCard({ m, missionId, canEdit, csrfToken }: { m: Measure; missionId: string; canEdit: boolean; csrfToken: string | null }) {
  const { t, i18n } = useTranslation();
  const l = i18n.language;
  return (
    <li className="panel-card measure-card" data-type={m.type}>
      <h3>
        {m.title} <span className="chip">{t(`missions.measureType.${m.type}`)}</span>{' '}
        <span className="chip">{t(`missions.measureStatus.${m.status}`)}</span>
      </h3>
      {m.description && <p>{m.description}</p>}
      <dl className="facts">
        {m.powerKind && (
          <>
            <dt>{t('missions.measures.power')}</dt>
            <dd>{m.powerLabel ?? m.powerKind}</dd>
          </>
        )}
        {m.legalBasis && (
          <>
            <dt>{t('missions.measures.legalBasis')}</dt>
            <dd data-testid="legal-basis">{m.legalBasis}</dd>
          </>
        )}
        {(m.startDate || m.endDate) && (
          <>
            <dt>{t('missions.measures.period')}</dt>
            <dd>
              {formatDay(m.startDate, l) || '…'} – {formatDay(m.endDate, l) || '…'}
            </dd>
          </>
        )}
        {m.ownerPartner && (
          <>
            <dt>{t('missions.measures.owner')}</dt>
            <dd>{m.ownerPartner.name}</dd>
          </>
        )}
      </dl>
      {m.design && (
        <dl className="facts east-design" aria-label={t('missions.measures.east')}>
          {EAST_PARTS.map((p) => (
            <div key={p}>
              <dt>{t(`missions.east.${p}`)}</dt>
              <dd>{m.design![p]}</dd>
            </div>
          ))}
        </dl>
      )}
      {m.hypothesis && (
        <p className="hypothesis">
          <strong>{t('missions.measures.hypothesis')}:</strong> {m.hypothesis}
        </p>
      )}
      {m.type === 'behavioural' && (
        <TrialSection
          missionId={missionId}
          measureId={m.id}
          hypothesis={m.hypothesis}
          hasTrial={m.hasTrial}
          canEdit={canEdit}
          csrfToken={csrfToken}
        />
      )}
    </li>
  );
}

export function MeasuresSection({ missionId, canEdit, csrfToken, onChanged }: Props) {
  const { t } = useTranslation();
  const [state, reload] = useAsync(() => listMeasures(missionId), [missionId]);
  return (
    <div className="measures">
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && (
        <p className="alert" role="alert">
          {state.detail}
        </p>
      )}
      {state.status === 'ready' &&
        (state.data.measures.length === 0 ? (
          <p className="muted">{t('missions.measures.none')}</p>
        ) : (
          <ul className="measure-list">
            {state.data.measures.map((m) => (
              <MeasureCard key={m.id} m={m} missionId={missionId} canEdit={canEdit} csrfToken={csrfToken} />
            ))}
          </ul>
        ))}
      {canEdit && (
        <MeasureForm
          missionId={missionId}
          csrfToken={csrfToken}
          onAdded={() => {
            reload();
            onChanged();
          }}
        />
      )}
    </div>
  );
}
