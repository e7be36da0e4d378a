/**
 * Assign and route: the colleague handling it, the department or team, a partner organisation —
 * each chosen from the lists the API offers (GET /signals/assignment-options, stored by id) — and
 * re-categorising.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session, SessionUser } from '../../api/types.ts';
import { getAssignmentOptions, patchSignal, type SignalPatch } from './api.ts';
import { CategoryPicker } from './CategoryPicker.tsx';
import type { CategoryIndex } from './categories.ts';
import { Field } from '../../ui/Field.tsx';
import type { SignalDetail } from './types.ts';
import { useAction } from './use-action.ts';
import { useAsync } from '../../ui/use-async.ts';

interface Props {
  signal: SignalDetail;
  session: Session & { user: SessionUser };
  categories: CategoryIndex | null;
  onUpdated(d: SignalDetail): void;
}

/** Keeps the current value selectable when it is no longer in the list (e.g. a deactivated partner). */
function Current({ id, name, list }: { id: string | null; name: string | null; list: Array<{ id: string }> }) {
  if (!id || list.some((x) => x.id === id)) return null;
  return <option value={id}>{name ?? id}</option>;
}

function usePatch(signal: SignalDetail) {
  const [assignee, setAssignee] = useState(signal.assigneeId ?? '');
  const [department, setDepartment] = useState(signal.departmentId ?? '');
  const [partner, setPartner] = useState(signal.partnerId ?? '');
  const [category, setCategory] = useState(signal.categorySlug);
  const body = (): SignalPatch => {
    const b: SignalPatch = {};
    if ((signal.assigneeId ?? '') !== assignee) b.assigneeId = assignee || null;
    if ((signal.departmentId ?? '') !== department) b.departmentId = department || null;
    if ((signal.partnerId ?? '') !== partner) b.partnerId = partner || null;
    if (category && category !== signal.categorySlug) b.categorySlug = category;
    return b;
  };
  return { assignee, setAssignee, department, setDepartment, partner, setPartner, category, setCategory, body };
}

export function AssignForm({ signal, session, categories, onUpdated }: Props) {
  const { t } = useTranslation();
  const [options] = useAsync(() => getAssignmentOptions(), []);
  const f = usePatch(signal);
  const action = useAction(onUpdated);
  const me = session.user.id;
  const o = options.status === 'ready' ? options.data : { users: [], departments: [], partners: [] };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = f.body();
    if (Object.keys(body).length === 0) return action.setError(t('signals.detail.nothingChanged'));
    await action.run(() => patchSignal(signal.id, body, session.csrfToken));
  }

  return (
    <form className="action-form" onSubmit={submit} noValidate aria-labelledby="assign-title">
      <h3 id="assign-title">{t('signals.detail.assign')}</h3>
      {options.status === 'error' && (
        <p className="alert" role="alert">
          {options.detail}
        </p>
      )}
      <Field id="assign-user" label={t('signals.detail.assignee')}>
        <select value={f.assignee} onChange={(e) => f.setAssignee(e.target.value)}>
          <option value="">{t('signals.inbox.assigneeNone')}</option>
          <option value={me}>{t('signals.detail.assignMe', { name: session.user.displayName ?? session.user.email })}</option>
          {o.users
            .filter((u) => u.id !== me)
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          {f.assignee !== me && <Current id={signal.assigneeId} name={t('signals.detail.otherUser')} list={o.users} />}
        </select>
      </Field>
      <Field id="assign-department" label={t('signals.detail.department')}>
        <select value={f.department} onChange={(e) => f.setDepartment(e.target.value)}>
          <option value="">{t('signals.detail.noDepartment')}</option>
          {o.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.kind === 'team' ? t('signals.detail.teamName', { name: d.name }) : d.name}
            </option>
          ))}
          <Current id={signal.departmentId} name={signal.department} list={o.departments} />
        </select>
      </Field>
      <Field id="assign-partner" label={t('signals.detail.partner')} hint={t('signals.detail.partnerHint')}>
        <select value={f.partner} onChange={(e) => f.setPartner(e.target.value)}>
          <option value="">{t('signals.detail.noPartner')}</option>
          {o.partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          <Current id={signal.partnerId} name={signal.partner} list={o.partners} />
        </select>
      </Field>
      {categories && <CategoryPicker index={categories} value={f.category} idPrefix="assign-category" onChange={f.setCategory} />}
      {action.error && (
        <p className="alert" role="alert">
          {action.error}
        </p>
      )}
      <button type="submit" className="button" disabled={action.busy}>
        {t('signals.detail.assignSubmit')}
      </button>
    </form>
  );
}
