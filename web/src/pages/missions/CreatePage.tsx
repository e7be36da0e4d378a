/**
 * Create a mission (/opgaven/nieuw): from scratch, or from the analysis view through the URL
 * contract in create-query.ts (scope, crime types, period and evidence kinds prefilled). The
 * evidence is computed and frozen by the server when the mission is saved.
 */
import { useState, type FormEvent } from 'react';
import { capabilitiesOf } from '../../ui/capabilities.ts';
import { useTranslation } from 'react-i18next';
import type { Instance, Session, SessionUser } from '../../api/types.ts';
import { BuurtPicker } from './BuurtPicker.tsx';
import { createMission } from './api.ts';
import { evidenceToken, parseCreateQuery } from './create-query.ts';
import { EvidenceFields } from './EvidenceFields.tsx';
import { checkMissionForm, initialForm, missionBody, toggle, type FormErrors, type MissionFormState } from './mission-form.ts';
import { MissionFormFields } from './MissionFormFields.tsx';
import { navLink } from '../../ui/nav-link.ts';
import { MISSIONS_PATH, missionPath } from './paths.ts';
import { useBuurten, useCrimeTypes, useNewestYear } from './use-reference.ts';
import { useSubmit } from '../../ui/use-submit.ts';

interface Props {
  instance: Instance | null;
  session: Session & { user: SessionUser };
  onNavigate(path: string): void;
}

function CreateForm({ instance, session, onNavigate, year }: Props & { year: number }) {
  const { t } = useTranslation();
  const [{ params, problems }] = useState(() => parseCreateQuery(window.location.search));
  const [form, setForm] = useState<MissionFormState>(() => initialForm(params, year));
  const [errors, setErrors] = useState<FormErrors>({});
  const buurten = useBuurten(form.year);
  const crimeTypes = useCrimeTypes();
  const submit = useSubmit();
  const fromAnalysis = Object.keys(params).length > 0;
  const change = (patch: Partial<MissionFormState>) => setForm((f) => ({ ...f, ...patch }));

  async function send(e: FormEvent) {
    e.preventDefault();
    const found = checkMissionForm(form);
    setErrors(found);
    if (Object.keys(found).length) {
      document.querySelector<HTMLElement>('.has-error input, .has-error select, .buurt-picker.has-error select')?.focus();
      return;
    }
    const body = missionBody(
      form,
      session.user.id,
      (c) => t(`missions.evidenceKind.${evidenceToken(c).replace(':', '-')}`) + (form.from ? ` ${form.from} – ${form.to}` : ''),
    );
    const created = body && (await submit.run(() => createMission(body, session.csrfToken)));
    if (created) onNavigate(missionPath(created.id));
  }

  return (
    <form className="mission-create" onSubmit={send} noValidate>
      {fromAnalysis && (
        <p className="notice" data-testid="from-analysis">
          {t('missions.create.fromAnalysis')}
        </p>
      )}
      {problems.length > 0 && (
        <div className="alert" role="alert">
          <p>{t('missions.create.linkProblems')}</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.param}-${p.value}`}>
                <code>
                  {p.param}={p.value}
                </code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <MissionFormFields
        form={form}
        errors={errors}
        crimeTypes={crimeTypes}
        ownerName={session.user.displayName ?? session.user.email}
        onChange={change}
      />
      {form.cells ? (
        <p className="notice">{t('missions.scope.cells', { count: form.cells.cells.length, size: form.cells.cellSize })}</p>
      ) : (
        <BuurtPicker
          config={instance?.map ?? null}
          buurten={buurten ?? []}
          selected={form.buurten}
          onToggle={(c) => change({ buurten: toggle(form.buurten, c) })}
          error={errors.scope ? t(`missions.errors.${errors.scope}`) : null}
        />
      )}
      <EvidenceFields form={form} errors={errors} onChange={change} />
      {submit.error && (
        <p className="alert" role="alert">
          {submit.error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={submit.busy}>
          {submit.busy ? t('missions.create.saving') : t('missions.create.submit')}
        </button>
        <a className="button ghost" {...navLink(MISSIONS_PATH, onNavigate)}>
          {t('missions.create.cancel')}
        </a>
      </div>
    </form>
  );
}

export function CreatePage(props: Props) {
  const { t } = useTranslation();
  const year = useNewestYear();
  if (!capabilitiesOf(props.session.permissions).editMissions) {
    return (
      <div className="page narrow">
        <h1 tabIndex={-1}>{t('missions.create.title')}</h1>
        <p>{t('missions.create.noAccess')}</p>
      </div>
    );
  }
  return (
    <div className="page narrow-wide">
      <p>
        <a {...navLink(MISSIONS_PATH, props.onNavigate)}>← {t('missions.back')}</a>
      </p>
      <h1 tabIndex={-1}>{t('missions.create.title')}</h1>
      {year === null ? <p role="status">{t('app.loading')}</p> : <CreateForm {...props} year={year} />}
    </div>
  );
}
