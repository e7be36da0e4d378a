/**
 * Assign and route: the person handling it (me / nobody / a user, when the caller may list users),
 * the department, a partner organisation, and re-categorising.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session, SessionUser } from '../../api/types.ts';
import { listUsers, patchSignal, type SignalPatch } from './api.ts';
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

export function AssignForm({ signal, session, categories, onUpdated }: Props) {
  const { t } = useTranslation();
  const mayListUsers = session.permissions.includes('users:read');
  const [users] = useAsync(() => (mayListUsers ? listUsers().then((r) => r.users) : Promise.resolve([])), [mayListUsers]);
  const [assignee, setAssignee] = useState(signal.assigneeId ?? '');
  const [department, setDepartment] = useState(signal.department ?? '');
  const [partner, setPartner] = useState(signal.partner ?? '');
  const [category, setCategory] = useState(signal.categorySlug);
  const action = useAction(onUpdated);
  const me = session.user.id;
  const known = users.status === 'ready' ? users.data : [];

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body: SignalPatch = {};
    if ((signal.assigneeId ?? '') !== assignee) body.assigneeId = assignee || null;
    if ((signal.department ?? '') !== department.trim()) body.department = department.trim() || null;
    if ((signal.partner ?? '') !== partner.trim()) body.partner = partner.trim() || null;
    if (category && category !== signal.categorySlug) body.categorySlug = category;
    if (Object.keys(body).length === 0) return action.setError(t('signals.detail.nothingChanged'));
    await action.run(() => patchSignal(signal.id, body, session.csrfToken));
  }

  return (
    <form className="action-form" onSubmit={submit} noValidate aria-labelledby="assign-title">
      <h3 id="assign-title">{t('signals.detail.assign')}</h3>
      <Field id="assign-user" label={t('signals.detail.assignee')} hint={mayListUsers ? undefined : t('signals.detail.assigneeHint')}>
        <select value={assignee} onChange={(e) => setAssignee(e.target.value)}>
          <option value="">{t('signals.inbox.assigneeNone')}</option>
          <option value={me}>{t('signals.detail.assignMe', { name: session.user.displayName ?? session.user.email })}</option>
          {known
            .filter((u) => u.id !== me)
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName ?? u.email}
              </option>
            ))}
          {assignee && assignee !== me && !known.some((u) => u.id === assignee) && (
            <option value={assignee}>{t('signals.detail.otherUser')}</option>
          )}
        </select>
      </Field>
      <Field id="assign-department" label={t('signals.detail.department')}>
        <input type="text" value={department} onChange={(e) => setDepartment(e.target.value)} />
      </Field>
      <Field id="assign-partner" label={t('signals.detail.partner')} hint={t('signals.detail.partnerHint')}>
        <input type="text" value={partner} onChange={(e) => setPartner(e.target.value)} />
      </Field>
      {categories && <CategoryPicker index={categories} value={category} idPrefix="assign-category" onChange={setCategory} />}
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
