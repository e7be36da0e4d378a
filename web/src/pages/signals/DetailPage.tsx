/** One report for staff: facts, related reports, photos, history, and the actions the API allows. */
import { DemoLabel } from '../../ui/DemoLabel.tsx';
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance, Session, SessionUser } from '../../api/types.ts';
import type { Capabilities } from '../../ui/capabilities.ts';
import { getSignal, publishDescription, staffPhotoUrl } from './api.ts';
import { AssignForm } from './AssignForm.tsx';
import { categoryPath, type CategoryIndex } from './categories.ts';
import { loadCategoryIndex } from './category-source.ts';
import { ContactReveal } from './ContactReveal.tsx';
import { formatDate, formatDateTime } from './format.ts';
import { HistoryList } from './HistoryList.tsx';
import { NoteForm } from './NoteForm.tsx';
import { PublishToggle } from './PublishToggle.tsx';
import { ReturnForm } from './ReturnForm.tsx';
import { detailPath, STAFF_PATH } from './paths.ts';
import { MergeForm, SplitForm } from './SplitMergeForms.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { offeredActions } from './transitions.ts';
import { TransitionForm } from './TransitionForm.tsx';
import type { SignalDetail } from './types.ts';
import { useAsync } from '../../ui/use-async.ts';
import { lastInboxPath } from './use-inbox.ts';

interface Props {
  id: string;
  session: Session & { user: SessionUser };
  /** Staff or partner scope: which category list is read and how notes are offered. */
  caps: Capabilities;
  instance: Instance | null;
  onNavigate(path: string): void;
}

function Facts({ s, categories }: { s: SignalDetail; categories: CategoryIndex | null }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="facts">
      <dt>{t('signals.inbox.colCategory')}</dt>
      <dd>{categories ? categoryPath(categories, s.categorySlug) : s.categoryName}</dd>
      {s.suggestedCategory && (
        <>
          <dt>{t('signals.detail.suggested')}</dt>
          <dd>{categories ? categoryPath(categories, s.suggestedCategory) : s.suggestedCategory}</dd>
        </>
      )}
      <dt>{t('signals.inbox.colCreated')}</dt>
      <dd>
        {formatDateTime(s.createdAt, i18n.language)} ({s.source})
      </dd>
      <dt>{t('signals.inbox.colDeadline')}</dt>
      <dd>
        {formatDate(s.deadline, i18n.language) || '—'}
        {s.overdue && <span className="badge overdue">{t('signals.inbox.overdueBadge')}</span>}
      </dd>
      <dt>{t('signals.inbox.colPlace')}</dt>
      <dd>
        {[s.addressText, s.buurtCode, s.location ? `${s.location.lat.toFixed(5)}, ${s.location.lon.toFixed(5)}` : null]
          .filter(Boolean)
          .join(' · ') || '—'}
      </dd>
      <dt>{t('signals.detail.department')}</dt>
      <dd>{s.department ?? '—'}</dd>
      {s.partner && (
        <>
          <dt>{t('signals.detail.partner')}</dt>
          <dd>{s.partner}</dd>
        </>
      )}
      {s.feedback && (
        <>
          <dt>{t('signals.detail.feedback')}</dt>
          <dd>
            {t(s.feedback.satisfied ? 'signals.feedback.yes' : 'signals.feedback.no')}
            {s.feedback.reason ? `: ${s.feedback.reason}` : ''}
          </dd>
        </>
      )}
    </dl>
  );
}

export function DetailPage({ id, session, caps, onNavigate }: Props) {
  const { t } = useTranslation();
  const [state, , setDetail] = useAsync(() => getSignal(id), [id]);
  const [categories, setCategories] = useState<CategoryIndex | null>(null);
  const [announce, setAnnounce] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(
    () =>
      void loadCategoryIndex(caps.signals)
        .then(setCategories)
        .catch(() => undefined),
    [caps.signals],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies(state.status): the page renders its heading once loaded; focus it on each change of status.
  useEffect(() => heading.current?.focus(), [state.status]);
  const link = (path: string) => ({
    href: path,
    onClick: (e: MouseEvent) => {
      e.preventDefault();
      onNavigate(path);
    },
  });

  if (state.status === 'loading')
    return (
      <p className="page" role="status">
        {t('app.loading')}
      </p>
    );
  if (state.status === 'error')
    return (
      <div className="page narrow">
        <p className="alert" role="alert">
          {state.detail}
        </p>
        <a {...link(STAFF_PATH)}>{t('signals.detail.back')}</a>
      </div>
    );
  const s = state.data;
  const can = offeredActions(s);
  const updated = (d: SignalDetail) => {
    setDetail(d);
    setAnnounce(t('signals.detail.saved', { status: t(`signals.status.${d.status}`) }));
  };

  return (
    <div className="page detail-page">
      <p>
        <a {...link(lastInboxPath())}>← {t('signals.detail.back')}</a>
      </p>
      <div className="page-head">
        <h1 ref={heading} tabIndex={-1}>
          {t('signals.detail.title', { number: s.number })} {s.demo && <DemoLabel />}
        </h1>
        <StatusBadge status={s.status} fallback={s.statusLabel} />
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
      <div className="detail-layout">
        <div className="detail-main">
          <section className="panel-card" aria-labelledby="detail-what">
            <h2 id="detail-what">{t('signals.detail.what')}</h2>
            <p className="track-description">{s.description}</p>
            {s.permissions.publish && (
              <p className="small">
                {t(s.descriptionPublishedAt ? 'signals.detail.descriptionPublished' : 'signals.detail.descriptionPrivate')}{' '}
                <PublishToggle
                  published={s.descriptionPublishedAt !== null}
                  onUpdated={updated}
                  toggle={(next) => publishDescription(s.id, next, session.csrfToken)}
                />
              </p>
            )}
            <Facts s={s} categories={categories} />
            {s.mergedIntoId && (
              <p className="notice">
                {t('signals.detail.mergedInto')} <a {...link(detailPath(s.mergedIntoId))}>{t('signals.detail.open')}</a>
              </p>
            )}
            {s.parentId && (
              <p>
                {t('signals.detail.parent')} <a {...link(detailPath(s.parentId))}>{t('signals.detail.open')}</a>
              </p>
            )}
            {s.children.length > 0 && (
              <p>
                {t('signals.detail.children')}{' '}
                {s.children.map((c) => (
                  <a key={c.id} className="chip" {...link(detailPath(c.number))}>
                    {c.number}
                  </a>
                ))}
              </p>
            )}
            {s.duplicates.length > 0 && (
              <p>
                {t('signals.detail.duplicates')}{' '}
                {s.duplicates.map((d) => (
                  <a key={d.id} className="chip" {...link(detailPath(d.number))}>
                    {d.number}
                  </a>
                ))}
              </p>
            )}
          </section>
          {s.photos.length > 0 && (
            <section className="panel-card" aria-labelledby="detail-photos">
              <h2 id="detail-photos">{t('signals.track.photos')}</h2>
              <ul className="photo-grid">
                {s.photos.map((p, i) => (
                  <li key={p.id}>
                    <img
                      src={staffPhotoUrl(s.id, p.id)}
                      alt={t('signals.track.photoAlt', { n: i + 1 })}
                      width={p.width}
                      height={p.height}
                      loading="lazy"
                    />
                  </li>
                ))}
              </ul>
            </section>
          )}
          {can.contact && <ContactReveal signalId={s.id} />}
          <section className="panel-card" aria-labelledby="detail-history">
            <h2 id="detail-history">{t('signals.track.history')}</h2>
            <HistoryList
              history={s.history}
              myUserId={session.user.id}
              {...(s.permissions.publish ? { publish: { signalId: s.id, csrfToken: session.csrfToken, onUpdated: updated } } : {})}
            />
          </section>
        </div>
        <aside className="detail-actions" aria-label={t('signals.detail.actions')}>
          {can.transitions.length > 0 && <TransitionForm signal={s} csrfToken={session.csrfToken} onUpdated={updated} />}
          {can.note && <NoteForm signal={s} csrfToken={session.csrfToken} onUpdated={updated} partner={caps.signals === 'partner'} />}
          {can.assign && <AssignForm signal={s} session={session} categories={categories} onUpdated={updated} />}
          {can.split && categories && <SplitForm signal={s} csrfToken={session.csrfToken} onUpdated={updated} categories={categories} />}
          {can.handBack && <ReturnForm signal={s} csrfToken={session.csrfToken} onBack={() => onNavigate(lastInboxPath())} />}
          {can.merge && <MergeForm signal={s} csrfToken={session.csrfToken} onUpdated={(d) => onNavigate(detailPath(d.number))} />}
          {!can.note && can.transitions.length === 0 && <p className="muted">{t('signals.detail.readOnly')}</p>}
        </aside>
      </div>
    </div>
  );
}
