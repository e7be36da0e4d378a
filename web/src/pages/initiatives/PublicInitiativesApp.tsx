/**
 * The residents' initiatives pages (no login): the form to register one with its confirmation, and
 * the list and map of published initiatives, grouped by buurt.
 */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../api/types.ts';
import { PublicPage } from '../../shell/PublicPage.tsx';
import { DemoLabel } from '../../ui/DemoLabel.tsx';
import { navLink } from '../../ui/nav-link.ts';
import { useAsync } from '../../ui/use-async.ts';
import '../../ui/ui.css';
import { REPORT_PATH } from '../signals/paths.ts';
import { type Initiative, listInitiatives, type RegisterReply } from './api.ts';
import './i18n.ts';
import './initiatives.css';
import { type InitiativesPublicRoute, PUBLIC_INITIATIVES_PATH, REGISTER_INITIATIVE_PATH } from './paths.ts';
import { RegisterForm } from './RegisterForm.tsx';
import type { RegisterFormState } from './register-form.ts';

const InitiativesMap = lazy(() => import('./InitiativesMap.tsx').then((m) => ({ default: m.InitiativesMap })));

interface Props {
  route: InitiativesPublicRoute;
  path: string;
  instance: Instance | null;
  csrfToken: string | null;
  onNavigate(path: string): void;
}

export default function PublicInitiativesApp({ route, path, instance, csrfToken, onNavigate }: Props) {
  const { t } = useTranslation();
  const name = instance?.municipality.name;
  const brand = {
    to: PUBLIC_INITIATIVES_PATH,
    label: name ? t('initiatives.public.brand', { name }) : t('initiatives.public.brandNoName'),
  };
  const links = [
    { to: REGISTER_INITIATIVE_PATH, label: t('initiatives.public.navRegister') },
    { to: PUBLIC_INITIATIVES_PATH, label: t('initiatives.public.navList') },
    { to: REPORT_PATH, label: t('initiatives.public.navReport') },
  ];
  return (
    <PublicPage
      className="initiatives-app"
      path={path}
      brand={brand}
      navLabel={t('initiatives.public.navLabel')}
      links={links}
      onNavigate={onNavigate}
    >
      {route.page === 'register' ? (
        <RegisterPage csrfToken={csrfToken} onNavigate={onNavigate} />
      ) : (
        <PublicList instance={instance} onNavigate={onNavigate} />
      )}
    </PublicPage>
  );
}

function RegisterPage({ csrfToken, onNavigate }: { csrfToken: string | null; onNavigate(p: string): void }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<{ reply: RegisterReply; form: RegisterFormState } | null>(null);
  if (done) return <Confirmation done={done} onAgain={() => setDone(null)} onNavigate={onNavigate} />;
  return (
    <div className="page narrow initiatives-public">
      <h1 tabIndex={-1}>{t('initiatives.form.title')}</h1>
      <p className="lead">{t('initiatives.form.lead')}</p>
      <RegisterForm csrfToken={csrfToken} onDone={(reply, form) => setDone({ reply, form })} />
    </div>
  );
}

function Confirmation(props: { done: { reply: RegisterReply; form: RegisterFormState }; onAgain(): void; onNavigate(p: string): void }) {
  const { t } = useTranslation();
  const { reply, form } = props.done;
  return (
    <div className="page narrow initiatives-public" data-testid="initiative-confirmation">
      <h1 tabIndex={-1} ref={(h) => h?.focus()}>
        {t('initiatives.done.title')}
      </h1>
      <h2>{t('initiatives.done.next')}</h2>
      <ol>
        <li>{t('initiatives.done.step1')}</li>
        <li>{t('initiatives.done.step2')}</li>
        <li>{form.consentPublish ? t('initiatives.done.step3Publish') : t('initiatives.done.step3Private')}</li>
      </ol>
      {reply.confirmationMailQueued && <p>{t('initiatives.done.mailQueued', { email: form.email.trim() })}</p>}
      <p className="actions">
        <button type="button" className="button" onClick={props.onAgain}>
          {t('initiatives.done.again')}
        </button>{' '}
        <a className="button" {...navLink(PUBLIC_INITIATIVES_PATH, props.onNavigate)}>
          {t('initiatives.done.toList')}
        </a>
      </p>
    </div>
  );
}

/** Initiatives grouped by buurt name, buurten in alphabetical order. */
function byBuurt(list: Initiative[], unknown: string): Array<[string, Initiative[]]> {
  const groups = new Map<string, Initiative[]>();
  for (const i of list) {
    const key = i.buurtName ?? unknown;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  return [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0], 'nl'));
}

function PublicList({ instance, onNavigate }: { instance: Instance | null; onNavigate(p: string): void }) {
  const { t } = useTranslation();
  const [state] = useAsync(() => listInitiatives(), []);
  const list = state.status === 'ready' ? state.data.initiatives : [];
  return (
    <div className="page narrow-wide initiatives-public">
      <h1 tabIndex={-1}>{t('initiatives.list.title')}</h1>
      <p className="lead">{t('initiatives.list.lead')}</p>
      <p>
        <a {...navLink(REGISTER_INITIATIVE_PATH, onNavigate)}>{t('initiatives.list.register')}</a>
      </p>
      {state.status === 'loading' && <p role="status">{t('initiatives.list.loading')}</p>}
      {state.status === 'error' && <p role="alert">{t('initiatives.list.failed', { detail: state.detail })}</p>}
      {state.status === 'ready' && list.length === 0 && <p>{t('initiatives.list.empty')}</p>}
      {list.length > 0 && (
        <Suspense fallback={null}>
          <InitiativesMap config={instance?.map ?? null} initiatives={list} />
        </Suspense>
      )}
      {byBuurt(list, t('initiatives.list.unknownBuurt')).map(([buurt, items]) => (
        <section key={buurt} className="initiative-group">
          <h2>{buurt}</h2>
          <ul className="initiative-cards">
            {items.map((i) => (
              <li key={i.id} className="panel-card" data-testid="public-initiative">
                <h3>
                  {i.title}
                  {i.demo && <DemoLabel />}
                </h3>
                <p className="small">
                  {t(`initiatives.kind.${i.kind}`)} · {t(`initiatives.status.${i.status}`)}
                </p>
                <p className="public-text">{i.description}</p>
                {i.contactEmail && <p className="small">{t('initiatives.list.contact', { email: i.contactEmail })}</p>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
