/**
 * Beheer → Partners: the partner organisations (kind, areas, active), add one, edit or deactivate
 * it, and per organisation its accounts: invite one (role partner, by e-mail link or one-time
 * password, linked at once) and remove one. A secret (password or link) is shown once.
 */
import { SecretPanel } from './SecretPanel.tsx';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session, SessionUser } from '../../api/types.ts';
import { useAsync } from '../../ui/use-async.ts';
import { PartnerCard } from './PartnerCard.tsx';
import { PartnerForm } from './PartnerForm.tsx';
import { listPartners, type PartnerView } from './partners-api.ts';
import type { Secret } from './types.ts';

export function PartnersSection({ session }: { session: Session & { user: SessionUser } }) {
  const { t } = useTranslation();
  const [state, , set] = useAsync(() => listPartners(), []);
  const [message, setMessage] = useState('');
  const [secret, setSecret] = useState<Secret | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const partners = state.status === 'ready' ? state.data : null;

  function announce(text: string) {
    setMessage(text);
  }
  function store(p: PartnerView) {
    if (!partners) return;
    set(partners.some((x) => x.id === p.id) ? partners.map((x) => (x.id === p.id ? p : x)) : [...partners, p]);
  }

  return (
    <div className="page beheer-partners">
      <h1 tabIndex={-1}>{t('beheer.partners.title')}</h1>
      <p className="lead">{t('beheer.partners.lead')}</p>
      <p className="beheer-status" role="status" tabIndex={-1} ref={statusRef}>
        {message}
      </p>
      <SecretPanel secret={secret} onClose={() => setSecret(null)} />
      <PartnerForm
        csrfToken={session.csrfToken}
        onCreated={(p) => {
          store(p);
          announce(t('beheer.partners.created', { name: p.name }));
        }}
      />
      <h2>{t('beheer.partners.caption')}</h2>
      {state.status === 'loading' && <p role="status">{t('beheer.partners.loading')}</p>}
      {state.status === 'error' && (
        <p className="alert" role="alert">
          {state.detail}
        </p>
      )}
      {partners && partners.length === 0 && <p>{t('beheer.partners.none')}</p>}
      {partners && (
        <ul className="department-list">
          {partners.map((p) => (
            <li key={p.id}>
              <PartnerCard
                partner={p}
                csrfToken={session.csrfToken}
                onChanged={(text, updated) => {
                  if (updated) store(updated);
                  announce(text);
                }}
                onSecret={setSecret}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
