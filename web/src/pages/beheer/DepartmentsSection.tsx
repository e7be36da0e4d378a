/**
 * Beheer → Afdelingen en teams: the municipality's departments and teams (signals route to them by
 * name), each with its members; add one, rename, deactivate, add and remove members. Messages go
 * to one live region.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session, SessionUser } from '../../api/types.ts';
import { useAsync } from '../../ui/use-async.ts';
import { listUsers } from './api.ts';
import { DepartmentCard } from './DepartmentCard.tsx';
import { DepartmentForm } from './DepartmentForm.tsx';
import { type DepartmentView, listDepartments } from './departments-api.ts';

export function DepartmentsSection({ session }: { session: Session & { user: SessionUser } }) {
  const { t } = useTranslation();
  const [state, reload, set] = useAsync(() => Promise.all([listDepartments(), listUsers()]), []);
  const [message, setMessage] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const data = state.status === 'ready' ? state.data : null;

  function announce(text: string, focus = false) {
    setMessage(text);
    if (focus) requestAnimationFrame(() => statusRef.current?.focus());
  }
  function store(dept: DepartmentView) {
    if (!data) return;
    const [departments, users] = data;
    const known = departments.some((d) => d.id === dept.id);
    set([known ? departments.map((d) => (d.id === dept.id ? dept : d)) : [...departments, dept], users]);
  }

  return (
    <div className="page beheer-departments">
      <h1 tabIndex={-1}>{t('beheer.departments.title')}</h1>
      <p className="lead">{t('beheer.departments.lead')}</p>
      <p className="beheer-status" role="status" tabIndex={-1} ref={statusRef}>
        {message}
      </p>
      <DepartmentForm
        csrfToken={session.csrfToken}
        onCreated={(dept) => {
          store(dept);
          announce(t('beheer.departments.created', { name: dept.name }));
        }}
      />
      <h2>{t('beheer.departments.caption')}</h2>
      {state.status === 'loading' && <p role="status">{t('beheer.departments.loading')}</p>}
      {state.status === 'error' && (
        <p className="alert" role="alert">
          {state.detail}
        </p>
      )}
      {data && data[0].length === 0 && <p>{t('beheer.departments.none')}</p>}
      {data && (
        <ul className="department-list">
          {data[0].map((d) => (
            <li key={d.id}>
              <DepartmentCard
                department={d}
                users={data[1]}
                csrfToken={session.csrfToken}
                onChanged={(text, updated) => {
                  if (updated) store(updated);
                  else reload();
                  announce(text);
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
