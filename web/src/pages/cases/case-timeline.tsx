/** The case's timeline, newest first: status changes, members, links and break-glass openings. */
import { useTranslation } from 'react-i18next';
import { useAsync } from '../../ui/use-async.ts';
import { getTimeline, type TimelineEvent } from './api-cases.ts';
import { formatDate } from './case-format.ts';

function EventText({ e }: { e: TimelineEvent }) {
  const { t } = useTranslation();
  switch (e.kind) {
    case 'status':
      return (
        <>
          {t('cases.case.event.status', {
            from: e.fromStatus ? t(`cases.status.${e.fromStatus}`) : '—',
            to: t(`cases.status.${e.toStatus}`),
          })}
        </>
      );
    case 'member-added':
      return <>{t('cases.case.event.memberAdded', { member: e.member })}</>;
    case 'member-removed':
      return <>{t('cases.case.event.memberRemoved', { member: e.member })}</>;
    case 'link':
      return <>{t('cases.case.event.link', { kind: t(`cases.case.linkKind.${e.link?.kind}`), label: e.link?.label })}</>;
    default:
      return <>{t('cases.case.event.breakGlass')}</>;
  }
}

export function TimelineSection({ caseId, version }: { caseId: string; version: number }) {
  const { t, i18n } = useTranslation();
  const [events] = useAsync(() => getTimeline(caseId), [caseId, version]);
  return (
    <section className="case-section" aria-labelledby="case-timeline-h">
      <h2 id="case-timeline-h">{t('cases.case.timeline')}</h2>
      {events.status === 'error' && <p role="alert">{events.detail}</p>}
      {events.status === 'loading' && <p role="status">{t('cases.loading')}</p>}
      {events.status === 'ready' && (
        <ol className="timeline">
          {events.data.map((e, k) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: events have no id; the list is replaced as a whole
            <li key={k}>
              <strong>{formatDate(e.at, i18n.language, true)}</strong> — <EventText e={e} />
              {e.actor && <span className="cell-sub">{t('cases.case.event.by', { name: e.actor })}</span>}
              {e.reason && <span className="cell-sub">{t('cases.case.event.reason', { reason: e.reason })}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
