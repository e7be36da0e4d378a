/** Add a department or team: name, kind and an optional shared mailbox. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { createDepartment, type DepartmentView } from './departments-api.ts';

interface Props {
  csrfToken: string | null;
  onCreated(dept: DepartmentView): void;
}

export function DepartmentForm({ csrfToken, onCreated }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'afdeling' | 'team'>('afdeling');
  const [email, setEmail] = useState('');
  const { busy, error, run } = useSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const created = await run(() =>
      createDepartment({ name: name.trim(), kind, ...(email.trim() ? { email: email.trim() } : {}) }, csrfToken),
    );
    if (!created) return;
    setName('');
    setEmail('');
    onCreated(created);
  }

  return (
    <form className="action-form invite-form" onSubmit={submit} aria-labelledby="department-new-title">
      <h2 id="department-new-title">{t('beheer.departments.new.title')}</h2>
      <div className="invite-fields">
        <Field id="department-name" label={t('beheer.departments.new.name')}>
          <input required maxLength={120} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field id="department-kind" label={t('beheer.departments.new.kind')}>
          <select value={kind} onChange={(e) => setKind(e.target.value as 'afdeling' | 'team')}>
            <option value="afdeling">{t('beheer.departments.kind.afdeling')}</option>
            <option value="team">{t('beheer.departments.kind.team')}</option>
          </select>
        </Field>
        <Field id="department-email" label={t('beheer.departments.new.email')} hint={t('beheer.departments.new.emailHint')}>
          <input type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
        </Field>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {t('beheer.departments.new.submit')}
      </button>
    </form>
  );
}
