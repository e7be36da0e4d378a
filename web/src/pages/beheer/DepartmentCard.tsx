/** One department or team: rename, deactivate or reactivate, its members (remove one, add an account). */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../ui/use-submit.ts';
import { changeDepartment, type DepartmentView, setMember } from './departments-api.ts';
import { whoOf } from './format.ts';
import type { UserView } from './types.ts';

interface Props {
  department: DepartmentView;
  users: UserView[];
  csrfToken: string | null;
  /** Something changed: the message, and the department's new view when the reply carries it (else reload). */
  onChanged(message: string, updated?: DepartmentView): void;
}

export function DepartmentCard({ department: d, users, csrfToken, onChanged }: Props) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmit();
  const [name, setName] = useState(d.name);
  const [pick, setPick] = useState('');
  const memberIds = new Set(d.members.map((m) => m.userId));
  const candidates = users.filter((u) => u.status === 'active' && u.role !== 'partner' && !memberIds.has(u.id));
  const headingId = `department-${d.id}`;

  async function rename(e: FormEvent) {
    e.preventDefault();
    if (busy || name.trim() === d.name) return;
    const updated = await run(() => changeDepartment(d.id, { name: name.trim() }, csrfToken));
    if (updated) onChanged(t('beheer.departments.renamed', { name: updated.name }), updated);
  }
  async function toggleActive() {
    if (busy) return;
    const updated = await run(() => changeDepartment(d.id, { active: !d.active }, csrfToken));
    if (updated)
      onChanged(t(updated.active ? 'beheer.departments.activated' : 'beheer.departments.deactivated', { name: d.name }), updated);
  }
  async function member(userId: string, add: boolean, who: string) {
    if (busy || !userId) return;
    const done = await run(() => setMember(d.id, userId, add, csrfToken).then(() => true));
    if (!done) return;
    setPick('');
    onChanged(t(add ? 'beheer.departments.memberAdded' : 'beheer.departments.memberRemoved', { who, name: d.name }));
  }
  function addPicked(e: FormEvent) {
    e.preventDefault();
    const picked = candidates.find((u) => u.id === pick);
    if (picked) void member(picked.id, true, whoOf(picked));
  }

  return (
    <section className={`department-card${d.active ? '' : ' department-inactive'}`} aria-labelledby={headingId} data-department={d.name}>
      <h3 id={headingId}>
        {d.name} <span className="cell-sub">{t(`beheer.departments.kind.${d.kind}`)}</span>
        {!d.active && <span className="cell-sub"> · {t('beheer.departments.inactive')}</span>}
      </h3>
      {d.email && <p className="hint">{t('beheer.departments.sharedMail', { email: d.email })}</p>}
      <h4>{t('beheer.departments.members', { count: d.memberCount })}</h4>
      {d.members.length === 0 ? (
        <p className="hint">{t('beheer.departments.noMembers')}</p>
      ) : (
        <ul className="department-members">
          {d.members.map((m) => (
            <li key={m.userId}>
              {whoOf(m)}{' '}
              <button
                type="button"
                className="button small ghost"
                onClick={() => member(m.userId, false, whoOf(m))}
                aria-label={t('beheer.departments.removeFrom', { who: whoOf(m), name: d.name })}
              >
                {t('beheer.departments.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="department-actions">
        <form className="role-form" onSubmit={addPicked}>
          <label htmlFor={`${headingId}-add`}>{t('beheer.departments.addLabel')}</label>
          <select id={`${headingId}-add`} value={pick} onChange={(e) => setPick(e.target.value)}>
            <option value="">{t('beheer.departments.choose')}</option>
            {candidates.map((u) => (
              <option key={u.id} value={u.id}>
                {whoOf(u)}
              </option>
            ))}
          </select>
          <button type="submit" className="button small">
            {t('beheer.departments.add')}
          </button>
        </form>
        <form className="role-form" onSubmit={rename}>
          <label htmlFor={`${headingId}-name`}>{t('beheer.departments.renameLabel')}</label>
          <input id={`${headingId}-name`} required maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="button small ghost">
            {t('beheer.departments.rename')}
          </button>
        </form>
        <button type="button" className="button small ghost" onClick={toggleActive}>
          {t(d.active ? 'beheer.departments.deactivate' : 'beheer.departments.activate')}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
