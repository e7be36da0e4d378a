/** The public summary: written by staff (a draft), approved by a coordinator (missions:publish), then shown without login. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { approvePublicSummary, getMission, savePublicSummary } from './api.ts';
import { navLink } from '../../ui/nav-link.ts';
import { publicMissionPath } from './paths.ts';
import type { MissionDetail } from './types.ts';
import { useSubmit } from '../../ui/use-submit.ts';

interface Props {
  mission: MissionDetail;
  csrfToken: string | null;
  onUpdated(m: MissionDetail): void;
  onNavigate(path: string): void;
}

export function PublicSummarySection({ mission, csrfToken, onUpdated, onNavigate }: Props) {
  const { t } = useTranslation();
  const p = mission.publicSummary;
  const [f, setF] = useState({ title: p.title ?? mission.title, summary: p.summary ?? '', join: p.join ?? '' });
  const submit = useSubmit();
  const refresh = async () => onUpdated(await getMission(mission.id));

  async function save(e: FormEvent) {
    e.preventDefault();
    if (f.title.trim().length < 3 || f.summary.trim().length < 10) return submit.setError(t('missions.public.tooShort'));
    if (
      await submit.run(() =>
        savePublicSummary(mission.id, { title: f.title.trim(), summary: f.summary.trim(), join: f.join.trim() }, csrfToken).then(
          () => true,
        ),
      )
    )
      await refresh();
  }
  const approve = async (yes: boolean) =>
    (await submit.run(() => approvePublicSummary(mission.id, yes, csrfToken).then(() => true))) && refresh();

  return (
    <div className="public-summary">
      <p>
        <span className={`badge public-${p.status}`} data-testid="public-status">
          {t(`missions.public.status.${p.status}`)}
        </span>{' '}
        {p.status === 'approved' && <a {...navLink(publicMissionPath(mission.id), onNavigate)}>{t('missions.public.view')}</a>}
      </p>
      <p className="hint">{t('missions.public.hint')}</p>
      {mission.permissions.edit && (
        <form className="panel-card action-form" onSubmit={save} noValidate>
          <Field id="public-title" label={t('missions.public.title')}>
            <input type="text" value={f.title} onChange={(e) => setF({ ...f, title: e.target.value })} />
          </Field>
          <Field id="public-text" label={t('missions.public.summary')} hint={t('missions.public.summaryHint')}>
            <textarea rows={5} value={f.summary} onChange={(e) => setF({ ...f, summary: e.target.value })} />
          </Field>
          <Field id="public-join" label={t('missions.public.join')}>
            <textarea rows={2} value={f.join} onChange={(e) => setF({ ...f, join: e.target.value })} />
          </Field>
          {submit.error && (
            <p className="alert" role="alert">
              {submit.error}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={submit.busy}>
              {t('missions.public.save')}
            </button>
            {mission.permissions.publish && p.status === 'draft' && (
              <button type="button" className="button" onClick={() => approve(true)}>
                {t('missions.public.approve')}
              </button>
            )}
            {mission.permissions.publish && p.status === 'approved' && (
              <button type="button" className="button ghost" onClick={() => approve(false)}>
                {t('missions.public.withdraw')}
              </button>
            )}
          </div>
          {!mission.permissions.publish && p.status === 'draft' && <p className="small">{t('missions.public.awaiting')}</p>}
        </form>
      )}
    </div>
  );
}
