/** The interventions of a case's plan: a table, and a form to add one or change one (dates, outcome, result). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelCells } from '../../ui/cell-labels.ts';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { addIntervention, changeIntervention, type Intervention, type InterventionBody, type Plan } from './api-plan.ts';
import { INTERVENTION_RESULTS, LIFE_DOMAINS } from './plan-codes.ts';

interface Props {
  plan: Plan;
  caseId: string;
  csrf: string | null;
  mayEdit: boolean;
  onChanged(): void;
}

export function PlanInterventions({ plan, caseId, csrf, mayEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Intervention | 'new' | null>(null);
  const done = () => {
    setEditing(null);
    onChanged();
  };
  return (
    <>
      <h3>{t('cases.plan.interventions')}</h3>
      {plan.interventions.length === 0 ? (
        <p>{t('cases.plan.noInterventions')}</p>
      ) : (
        <div className="table-scroll">
          <table ref={labelCells} className="inbox-table plan-table">
            <thead>
              <tr>
                <th scope="col">{t('cases.plan.description')}</th>
                <th scope="col">{t('cases.plan.partner')}</th>
                <th scope="col">{t('cases.plan.responsible')}</th>
                <th scope="col">{t('cases.plan.period')}</th>
                <th scope="col">{t('cases.plan.result')}</th>
                {mayEdit && <th scope="col">{t('cases.plan.edit')}</th>}
              </tr>
            </thead>
            <tbody>
              {plan.interventions.map((i) => (
                <tr key={i.id}>
                  <td>
                    {i.description ?? '—'}
                    {i.domain && <span className="cell-sub">{t(`cases.plan.domains.${i.domain}`)}</span>}
                  </td>
                  <td>{i.partner?.name ?? t('cases.plan.municipality')}</td>
                  <td>{i.responsible?.name ?? '—'}</td>
                  <td>
                    {i.plannedStart ?? '…'} – {i.plannedEnd ?? '…'}
                    {i.doneOn && <span className="cell-sub">{`${t('cases.plan.doneOn')}: ${i.doneOn}`}</span>}
                  </td>
                  <td>
                    {t(`cases.plan.results.${i.result}`)}
                    {i.outcome && <span className="cell-sub">{i.outcome}</span>}
                  </td>
                  {mayEdit && (
                    <td>
                      <button type="button" className="button" onClick={() => setEditing(i)}>
                        {t('cases.plan.edit')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayEdit && editing === null && (
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setEditing('new')}>
            {t('cases.plan.addIntervention')}
          </button>
        </div>
      )}
      {mayEdit && editing !== null && (
        <InterventionForm
          key={editing === 'new' ? 'new' : editing.id}
          plan={plan}
          caseId={caseId}
          csrf={csrf}
          editing={editing === 'new' ? null : editing}
          onDone={done}
          onCancel={() => setEditing(null)}
        />
      )}
    </>
  );
}

interface FormProps {
  plan: Plan;
  caseId: string;
  csrf: string | null;
  editing: Intervention | null;
  onDone(): void;
  onCancel(): void;
}

const emptyOf = (i: Intervention | null): InterventionBody => ({
  description: i?.description ?? '',
  domain: i?.domain ?? null,
  partnerId: i?.partner?.id ?? null,
  responsibleUserId: i?.responsible?.id ?? null,
  plannedStart: i?.plannedStart ?? null,
  plannedEnd: i?.plannedEnd ?? null,
  doneOn: i?.doneOn ?? null,
  outcome: i?.outcome ?? null,
  result: i?.result ?? 'onbekend',
});

function InterventionForm({ plan, caseId, csrf, editing, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const [v, setV] = useState<InterventionBody>(() => emptyOf(editing));
  const { busy, error, run } = useSubmit();
  const set = (patch: Partial<InterventionBody>) => setV((x) => ({ ...x, ...patch }));
  const date = (key: 'plannedStart' | 'plannedEnd' | 'doneOn') => (
    <Field id={`iv-${key}`} label={t(`cases.plan.${key}`)}>
      <input type="date" value={v[key] ?? ''} onChange={(e) => set({ [key]: e.target.value || null })} />
    </Field>
  );
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const body = { ...v, outcome: v.outcome || null };
    const ok = await run(() => (editing ? changeIntervention(caseId, editing.id, body, csrf) : addIntervention(caseId, body, csrf)));
    if (ok) onDone();
  }
  return (
    <form className="action-form plan-intervention-form" onSubmit={submit}>
      <h4>{editing ? t('cases.plan.editIntervention') : t('cases.plan.addIntervention')}</h4>
      <Field id="iv-description" label={t('cases.plan.description')}>
        <input value={v.description} required minLength={2} maxLength={1000} onChange={(e) => set({ description: e.target.value })} />
      </Field>
      <Field id="iv-domain" label={t('cases.plan.domain')}>
        <select value={v.domain ?? ''} onChange={(e) => set({ domain: (e.target.value || null) as InterventionBody['domain'] })}>
          <option value="">{t('cases.plan.noDomain')}</option>
          {LIFE_DOMAINS.map((d) => (
            <option key={d} value={d}>
              {t(`cases.plan.domains.${d}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="iv-partner" label={t('cases.plan.partner')}>
        <select value={v.partnerId ?? ''} onChange={(e) => set({ partnerId: e.target.value || null })}>
          <option value="">{t('cases.plan.municipality')}</option>
          {plan.partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="iv-responsible" label={t('cases.plan.responsible')}>
        <select value={v.responsibleUserId ?? ''} onChange={(e) => set({ responsibleUserId: e.target.value || null })}>
          <option value="">{t('cases.plan.nobody')}</option>
          {plan.members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </Field>
      <div className="plan-dates">
        {date('plannedStart')}
        {date('plannedEnd')}
        {date('doneOn')}
      </div>
      <Field id="iv-result" label={t('cases.plan.result')}>
        <select value={v.result ?? 'onbekend'} onChange={(e) => set({ result: e.target.value as InterventionBody['result'] })}>
          {INTERVENTION_RESULTS.map((r) => (
            <option key={r} value={r}>
              {t(`cases.plan.results.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="iv-outcome" label={t('cases.plan.outcome')}>
        <textarea rows={3} maxLength={2000} value={v.outcome ?? ''} onChange={(e) => set({ outcome: e.target.value })} />
      </Field>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('cases.plan.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('cases.plan.cancel')}
        </button>
      </div>
    </form>
  );
}
