/** One partner organisation: its kind, areas and status, (de)activate it, its accounts (remove one, invite one). */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsync } from '../../ui/use-async.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { changePartner, invitePartnerAccount, listPartnerAccounts, type PartnerView, removePartnerAccount } from './partners-api.ts';
import { PartnerEditForm } from './PartnerEditForm.tsx';
import type { Secret } from './types.ts';
import { DemoLabel } from '../../ui/DemoLabel.tsx';

interface Props {
  partner: PartnerView;
  csrfToken: string | null;
  onChanged(message: string, updated?: PartnerView): void;
  onSecret(secret: Secret): void;
}

export function PartnerCard({ partner: p, csrfToken, onChanged, onSecret }: Props) {
  const { t } = useTranslation();
  const [accounts, reload] = useAsync(() => listPartnerAccounts(p.id), [p.id]);
  const { busy, error, run } = useSubmit();
  const headingId = `partner-${p.id}`;

  async function toggleActive() {
    if (busy) return;
    const updated = await run(() => changePartner(p.id, { active: !p.active }, csrfToken));
    if (updated) onChanged(t(updated.active ? 'beheer.partners.activated' : 'beheer.partners.deactivated', { name: p.name }), updated);
  }
  async function remove(userId: string, who: string) {
    if (busy) return;
    const done = await run(() => removePartnerAccount(p.id, userId, csrfToken).then(() => true));
    if (!done) return;
    reload();
    onChanged(t('beheer.partners.accountRemoved', { who, name: p.name }));
  }

  return (
    <section className={`department-card${p.active ? '' : ' department-inactive'}`} aria-labelledby={headingId} data-partner={p.name}>
      <h3 id={headingId}>
        {p.name} {p.demo && <DemoLabel />} <span className="cell-sub">{t(`beheer.partners.kinds.${p.kind}`)}</span>
        {!p.active && <span className="cell-sub"> · {t('beheer.partners.inactive')}</span>}
      </h3>
      <p className="hint">
        {p.areaCodes.length > 0 ? t('beheer.partners.areas', { areas: p.areaCodes.join(', ') }) : t('beheer.partners.noAreas')}
        {p.contactRole && ` · ${t('beheer.partners.contactRole', { role: p.contactRole })}`}
      </p>
      <h4>{t('beheer.partners.accounts')}</h4>
      {accounts.status === 'ready' && accounts.data.length === 0 && <p className="hint">{t('beheer.partners.noAccounts')}</p>}
      {accounts.status === 'ready' && accounts.data.length > 0 && (
        <ul className="department-members">
          {accounts.data.map((a) => (
            <li key={a.userId}>
              {a.name}
              {a.status === 'disabled' && <span className="cell-sub"> · {t('beheer.users.status.disabled')}</span>}{' '}
              <button
                type="button"
                className="button small ghost"
                onClick={() => remove(a.userId, a.name)}
                aria-label={t('beheer.partners.removeFrom', { who: a.name, name: p.name })}
              >
                {t('beheer.partners.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <AccountForm
        partner={p}
        csrfToken={csrfToken}
        onInvited={(who, secret) => {
          reload();
          onChanged(t('beheer.partners.accountInvited', { who, name: p.name }));
          if (secret) onSecret(secret);
        }}
      />
      <details className="partner-edit">
        <summary>{t('beheer.partners.edit.open')}</summary>
        <PartnerEditForm
          partner={p}
          csrfToken={csrfToken}
          onSaved={(updated) => onChanged(t('beheer.partners.saved', { name: updated.name }), updated)}
        />
      </details>
      <button type="button" className="button small ghost" onClick={toggleActive}>
        {t(p.active ? 'beheer.partners.deactivate' : 'beheer.partners.activate')}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** Invite an account for this partner: e-mail address, name, and how (link or one-time password). */
function AccountForm({
  partner: p,
  csrfToken,
  onInvited,
}: {
  partner: PartnerView;
  csrfToken: string | null;
  onInvited(who: string, secret: Secret | null): void;
}) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [method, setMethod] = useState<'link' | 'password'>('link');
  const { busy, error, run } = useSubmit();
  const id = `partner-${p.id}-account`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = { email: email.trim(), method, ...(name.trim() ? { displayName: name.trim() } : {}) };
    const reply = await run(() => invitePartnerAccount(p.id, body, csrfToken));
    if (!reply) return;
    const who = body.displayName ?? body.email;
    setEmail('');
    setName('');
    const secret = reply.generatedPassword ? { who, password: reply.generatedPassword } : reply.link ? { who, link: reply.link } : null;
    onInvited(who, secret);
  }

  return (
    <form className="action-form" onSubmit={submit} aria-label={t('beheer.partners.invite.title', { name: p.name })}>
      <div className="invite-fields">
        <div className="field">
          <label htmlFor={`${id}-email`}>{t('beheer.partners.invite.email')}</label>
          <input id={`${id}-email`} type="email" required autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('beheer.partners.invite.name')}</label>
          <input id={`${id}-name`} maxLength={200} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
      </div>
      <fieldset className="invite-method">
        <legend>{t('beheer.users.invite.method')}</legend>
        {(['link', 'password'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name={`${id}-method`} value={m} checked={method === m} onChange={() => setMethod(m)} />{' '}
            {t(`beheer.users.invite.methods.${m}`)}
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button small" disabled={busy}>
        {t('beheer.partners.invite.submit')}
      </button>
    </form>
  );
}
