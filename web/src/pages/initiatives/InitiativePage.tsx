/**
 * One initiative (staff): its facts, and for `initiatives:review` the review steps — status,
 * publication, reviewer, mission links, support, the yearly check-in — and the contact details
 * behind a button (each read is logged). Without review rights the page only shows.
 */
import { useTranslation } from 'react-i18next';
import { capabilitiesOf } from '../../ui/capabilities.ts';
import { DemoLabel } from '../../ui/DemoLabel.tsx';
import { navLink } from '../../ui/nav-link.ts';
import type { NetworkPageProps } from '../../ui/network-page.ts';
import { useAsync } from '../../ui/use-async.ts';
import { getInitiative, type InitiativeDetail } from './api.ts';
import { ContactPanel } from './ContactPanel.tsx';
import { INITIATIVES_STAFF_PATH } from './paths.ts';
import { CheckInSection, MissionLinks, PublicationSection, StatusSection } from './ReviewSections.tsx';
import { SupportSection } from './SupportSection.tsx';

export function InitiativePage({ id, session, onNavigate }: NetworkPageProps & { id: string }) {
  const { t } = useTranslation();
  const [state, , set] = useAsync(() => getInitiative(id), [id]);
  const review = capabilitiesOf(session.permissions).reviewInitiatives;
  const back = (
    <p>
      <a {...navLink(INITIATIVES_STAFF_PATH, onNavigate)}>{t('initiatives.staff.back')}</a>
    </p>
  );
  if (state.status !== 'ready') {
    return (
      <div className="page">
        {back}
        <p role={state.status === 'error' ? 'alert' : 'status'}>
          {state.status === 'error' ? t('initiatives.staff.failed', { detail: state.detail }) : t('initiatives.staff.loading')}
        </p>
      </div>
    );
  }
  const i = state.data;
  const csrf = session.csrfToken;
  return (
    <div className="page narrow-wide">
      {back}
      <h1 tabIndex={-1} ref={(h) => h?.focus()}>
        {i.title}
        {i.demo && <DemoLabel />}
      </h1>
      <p>
        <span className={`status-badge initiative-status status-${i.status}`} data-testid="initiative-status">
          {t(`initiatives.status.${i.status}`)}
        </span>{' '}
        {t(`initiatives.kind.${i.kind}`)}
      </p>
      <Facts i={i} />
      {i.review && review && (
        <>
          <StatusSection i={i} csrf={csrf} onChanged={set} />
          <PublicationSection i={i} csrf={csrf} onChanged={set} userId={session.user.id} />
          <MissionLinks i={i} csrf={csrf} onChanged={set} />
          <CheckInSection i={i} csrf={csrf} onChanged={set} />
          <SupportSection i={i} csrf={csrf} onChanged={set} />
          <ContactPanel id={i.id} />
        </>
      )}
      {i.review && !review && <p className="hint">{t('initiatives.detail.contactNoRight')}</p>}
      {i.history && <History i={i} />}
    </div>
  );
}

function Facts({ i }: { i: InitiativeDetail }) {
  const { t } = useTranslation();
  const r = i.review;
  const yesNo = (v: boolean) => (v ? t('initiatives.form.yes') : t('initiatives.form.no'));
  return (
    <section aria-labelledby="initiative-facts">
      <h2 id="initiative-facts">{t('initiatives.detail.facts')}</h2>
      <p className="public-text">{i.description}</p>
      <dl className="initiative-facts">
        <dt>{t('initiatives.detail.buurt')}</dt>
        <dd>{i.buurtName ?? i.buurtCode}</dd>
        {r && (
          <>
            <dt>{t('initiatives.detail.people')}</dt>
            <dd>{r.peopleEstimate ?? '—'}</dd>
            <dt>{t('initiatives.detail.asked')}</dt>
            <dd>
              {r.supportAsked.length
                ? r.supportAsked.map((k) => t(`initiatives.supportAsked.${k}`)).join(', ')
                : t('initiatives.detail.askedNone')}
              {r.supportNote && <span className="public-text"> — {r.supportNote}</span>}
            </dd>
            <dt>{t('initiatives.detail.registered')}</dt>
            <dd>{r.createdAt.slice(0, 10)}</dd>
            <dt>{t('initiatives.detail.consent')}</dt>
            <dd>
              {t('initiatives.detail.consentPublish', { value: yesNo(r.publishConsent) })};{' '}
              {t('initiatives.detail.consentEmail', { value: yesNo(r.publishContactEmailConsent) })}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

function History({ i }: { i: InitiativeDetail }) {
  const { t } = useTranslation();
  const actor = (a: string) =>
    a === 'resident' ? t('initiatives.detail.actorResident') : a === 'system' ? t('initiatives.detail.actorSystem') : a;
  return (
    <section aria-labelledby="initiative-history">
      <h2 id="initiative-history">{t('initiatives.detail.history')}</h2>
      <ol className="timeline">
        {(i.history ?? []).map((h) => (
          <li key={`${h.at}-${h.event}-${h.toStatus ?? ''}`}>
            <strong>{t(`initiatives.detail.event.${h.event}`)}</strong>
            {h.toStatus && <> → {t(`initiatives.status.${h.toStatus}`)}</>} · {h.at.slice(0, 16).replace('T', ' ')} · {actor(h.actor)}
            {h.note && <p>{h.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
