/** A new case (procesregisseur): the person, household, criteria, legal basis, members and partners. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { navLink } from '../../ui/nav-link.ts';
import { useAsync } from '../../ui/use-async.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { createCase, getAssignableUsers, getCovenants, getCriteria, getPartnerChoices, getYouthGroupChoices } from './api-cases.ts';
import { EMPTY_CASE_FORM, type NewCaseForm, newCaseBody } from './case-form.ts';
import { CaseChoices, HouseholdRows } from './case-new-fields.tsx';
import type { CasesPageProps } from './page-props.ts';
import { CASES_PATH, casePath } from './paths.ts';
import './cases-case.css';

const TRAJECTORIES = ['zorg', 'justitieel', 'combinatie', 'nazorg'] as const;

async function loadChoices() {
  const [criteria, users, covenants, partners, groups] = await Promise.all([
    getCriteria(),
    getAssignableUsers(),
    getCovenants(),
    getPartnerChoices().catch(() => []),
    getYouthGroupChoices(),
  ]);
  return { criteria: criteria.filter((c) => c.active), users, covenants, partners, groups };
}

export function NewCasePage({ csrf, userId, onNavigate }: CasesPageProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState<NewCaseForm>(EMPTY_CASE_FORM);
  const [choices] = useAsync(loadChoices, []);
  const { busy, error, run } = useSubmit();
  const set = <K extends keyof NewCaseForm>(key: K, value: NewCaseForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const created = await run(() => createCase(newCaseBody(form), csrf));
    if (created) onNavigate(casePath(created.id));
  }
  const data = choices.status === 'ready' ? choices.data : null;
  return (
    <section className="page case-page">
      <p>
        <a {...navLink(CASES_PATH, onNavigate)}>{t('cases.new.back')}</a>
      </p>
      <h1 tabIndex={-1}>{t('cases.new.title')}</h1>
      <p className="hint">{t('cases.new.privacy')}</p>
      {choices.status === 'error' && <p role="alert">{choices.detail}</p>}
      {choices.status === 'loading' && <p role="status">{t('cases.loading')}</p>}
      {data && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <fieldset>
            <legend>{t('cases.new.person')}</legend>
            <Field id="case-name" label={t('cases.case.name')}>
              <input value={form.name} onChange={(e) => set('name', e.target.value)} required autoComplete="off" />
            </Field>
            <Field id="case-birth" label={t('cases.case.birthDate')}>
              <input type="date" value={form.birthDate} onChange={(e) => set('birthDate', e.target.value)} />
            </Field>
            <Field id="case-bsn" label={t('cases.case.bsn')} hint={t('cases.new.bsnHint')}>
              <input value={form.bsn} onChange={(e) => set('bsn', e.target.value)} inputMode="numeric" autoComplete="off" maxLength={11} />
            </Field>
            <Field id="case-address" label={t('cases.case.address')}>
              <input value={form.address} onChange={(e) => set('address', e.target.value)} autoComplete="off" />
            </Field>
          </fieldset>
          <HouseholdRows rows={form.household} onChange={(rows) => set('household', rows)} />
          <CaseChoices form={form} set={set} choices={data} selfId={userId} />
          <Field id="case-trajectory" label={t('cases.case.trajectory')}>
            <select value={form.trajectory} onChange={(e) => set('trajectory', e.target.value)}>
              <option value="">{t('cases.new.noTrajectory')}</option>
              {TRAJECTORIES.map((v) => (
                <option key={v} value={v}>
                  {t(`cases.trajectory.${v}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="case-care" label={t('cases.case.careInfo')} hint={t('cases.new.careHint')}>
            <textarea value={form.careInfo} onChange={(e) => set('careInfo', e.target.value)} rows={4} />
          </Field>
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="button" disabled={busy}>
              {t('cases.new.submit')}
            </button>
            <a className="button secondary" {...navLink(CASES_PATH, onNavigate)}>
              {t('cases.new.cancel')}
            </a>
          </div>
        </form>
      )}
    </section>
  );
}
