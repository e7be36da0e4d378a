/**
 * One report for staff: the report, its place (map, buurt, address, reports nearby), possible
 * duplicates, photos and history first; the actions the API allows in a bar, each form on demand.
 */
import { DemoLabel } from '../../ui/DemoLabel.tsx';
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance, Session, SessionUser } from '../../api/types.ts';
import type { Capabilities } from '../../ui/capabilities.ts';
import { getSignal, getSurroundings, publishDescription, staffPhotoUrl } from './api.ts';
import { ActionBar } from './ActionBar.tsx';
import type { CategoryIndex } from './categories.ts';
import { loadCategoryIndex } from './category-source.ts';
import { ContactReveal } from './ContactReveal.tsx';
import { actionItems } from './detail-actions.tsx';
import { Facts, Relations, type LinkProps } from './DetailFacts.tsx';
import { DetailMap } from './DetailMap.tsx';
import { DuplicateSuggestions } from './DuplicateSuggestions.tsx';
import { HistoryList } from './HistoryList.tsx';
import { PublishToggle } from './PublishToggle.tsx';
import { detailPath, STAFF_PATH } from './paths.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { EarlyBadge } from './OwnEarlySignals.tsx';
import { offeredActions } from './transitions.ts';
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

function Photos({ s }: { s: SignalDetail }) {
  const { t } = useTranslation();
  if (s.photos.length === 0) return null;
  return (
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
  );
}

interface WhatProps {
  s: SignalDetail;
  categories: CategoryIndex | null;
  csrfToken: string | null;
  updated(d: SignalDetail): void;
  link: LinkProps;
}

function What({ s, categories, csrfToken, updated, link }: WhatProps) {
  const { t } = useTranslation();
  return (
    <section className="panel-card" aria-labelledby="detail-what">
      <h2 id="detail-what">{t('signals.detail.what')}</h2>
      <p className="track-description">{s.description}</p>
      {s.permissions.publish && (
        <p className="small">
          {t(s.descriptionPublishedAt ? 'signals.detail.descriptionPublished' : 'signals.detail.descriptionPrivate')}{' '}
          <PublishToggle
            published={s.descriptionPublishedAt !== null}
            onUpdated={updated}
            toggle={(next) => publishDescription(s.id, next, csrfToken)}
          />
        </p>
      )}
      <Facts s={s} categories={categories} />
      <Relations s={s} link={link} />
    </section>
  );
}

function History({ s, session, updated }: { s: SignalDetail; session: Props['session']; updated(d: SignalDetail): void }) {
  const { t } = useTranslation();
  const publish = s.permissions.publish ? { publish: { signalId: s.id, csrfToken: session.csrfToken, onUpdated: updated } } : {};
  return (
    <section className="panel-card" aria-labelledby="detail-history">
      <h2 id="detail-history">{t('signals.track.history')}</h2>
      <HistoryList history={s.history} myUserId={session.user.id} {...publish} />
    </section>
  );
}

export function DetailPage({ id, session, caps, instance, onNavigate }: Props) {
  const { t } = useTranslation();
  const [state, , setDetail] = useAsync(() => getSignal(id), [id]);
  const [version, setVersion] = useState(0);
  const [near] = useAsync(() => getSurroundings(id), [id, version]);
  const [categories, setCategories] = useState<CategoryIndex | null>(null);
  const [announce, setAnnounce] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => void loadCategoryIndex(caps.signals).then(setCategories, () => undefined), [caps.signals]);
  // biome-ignore lint/correctness/useExhaustiveDependencies(state.status): the page renders its heading once loaded; focus it on each change of status.
  useEffect(() => heading.current?.focus(), [state.status]);
  // biome-ignore lint/correctness/useExhaustiveDependencies(id): another report opens with its forms closed.
  useEffect(() => setOpen(null), [id]);
  const link: LinkProps = (path) => ({
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
  const updated = (d: SignalDetail, message?: string) => {
    setDetail(d);
    setOpen(null);
    setVersion((v) => v + 1);
    setAnnounce(message ?? t('signals.detail.saved', { status: t(`signals.status.${d.status}`) }));
  };
  const merged = (d: SignalDetail, message?: string) => {
    if (d.id === s.id) updated(d, message);
    else onNavigate(detailPath(d.number)); // this report went into an older one: show the kept report
  };
  const items = actionItems({
    t,
    s,
    can,
    session,
    categories,
    partner: caps.signals === 'partner',
    onUpdated: updated,
    onMerged: merged,
    onHandedBack: () => onNavigate(lastInboxPath()),
  });
  const surroundings = near.status === 'ready' ? near.data : null;

  return (
    <div className="page detail-page">
      <p>
        <a {...link(lastInboxPath())}>← {t('signals.detail.back')}</a>
      </p>
      <div className="page-head">
        <h1 ref={heading} tabIndex={-1}>
          {t('signals.detail.title', { number: s.number })} {s.demo && <DemoLabel />}
        </h1>
        <EarlyBadge early={s.earlySignal} />
        <StatusBadge status={s.status} fallback={s.statusLabel} />
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
      {s.status === 'split' && (
        <p className="notice" data-testid="split-notice">
          {t('signals.detailActions.splitDone', { numbers: s.children.map((c) => c.number).join(', ') })}
        </p>
      )}
      <ActionBar items={items} open={open} onOpen={setOpen} />
      {items.length === 0 && s.status !== 'split' && <p className="muted">{t('signals.detail.readOnly')}</p>}
      <div className="detail-layout">
        <div className="detail-main">
          <What s={s} categories={categories} csrfToken={session.csrfToken} updated={updated} link={link} />
          <Photos s={s} />
          {can.contact && <ContactReveal signalId={s.id} />}
          <History s={s} session={session} updated={updated} />
        </div>
        <aside className="detail-side" aria-label={t('signals.detailPlace.title')}>
          <DetailMap signal={s} surroundings={surroundings} instance={instance} onNavigate={onNavigate} />
          {surroundings && (can.merge || surroundings.duplicates.length > 0) && (
            <DuplicateSuggestions
              {...{ signal: s, surroundings, onMerged: merged, onNavigate }}
              mayMerge={can.merge}
              csrfToken={session.csrfToken}
            />
          )}
        </aside>
      </div>
    </div>
  );
}
