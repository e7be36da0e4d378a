/** The facts of one report for staff, and its relations (split parts, parent, merged duplicates). */
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { categoryPath, type CategoryIndex } from './categories.ts';
import { formatDate, formatDateTime } from './format.ts';
import { detailPath } from './paths.ts';
import type { SignalDetail } from './types.ts';
import './i18n.ts';

export type LinkProps = (path: string) => { href: string; onClick(e: MouseEvent): void };

export function Facts({ s, categories }: { s: SignalDetail; categories: CategoryIndex | null }) {
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
      <dt>{t('signals.detail.department')}</dt>
      <dd>{s.department ?? '—'}</dd>
      {s.partner && (
        <>
          <dt>{t('signals.detail.partner')}</dt>
          <dd>{s.partner}</dd>
        </>
      )}
      {s.earlySignal && (
        <>
          <dt>{t('earlySignals.facts.partner')}</dt>
          <dd>{s.earlySignal.partnerName ?? '—'}</dd>
          <dt>{t('earlySignals.facts.priority')}</dt>
          <dd>{t(`earlySignals.priority.${s.earlySignal.priority}`)}</dd>
          {s.earlySignal.reference && (
            <>
              <dt>{t('earlySignals.facts.reference')}</dt>
              <dd>{s.earlySignal.reference}</dd>
            </>
          )}
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

export function Relations({ s, link }: { s: SignalDetail; link: LinkProps }) {
  const { t } = useTranslation();
  return (
    <>
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
    </>
  );
}
