/** Case meetings: the planned and the past meetings the caller created, attends or directs a case of. */
import './cases-plan.css';
import { useTranslation } from 'react-i18next';
import { labelCells } from '../../ui/cell-labels.ts';
import { navLink } from '../../ui/nav-link.ts';
import { useAsync } from '../../ui/use-async.ts';
import { listMeetings, type MeetingSummary } from './api-meetings.ts';
import { formatWhen, splitMeetings } from './meeting-format.ts';
import type { CasesPageProps } from './page-props.ts';
import { meetingPath, NEW_MEETING_PATH } from './paths.ts';

export function MeetingsPage({ caps, onNavigate }: CasesPageProps) {
  const { t } = useTranslation();
  const [state] = useAsync(() => listMeetings(), []);
  const split = state.status === 'ready' ? splitMeetings(state.data, new Date()) : null;
  return (
    <section className="page">
      <div className="page-head">
        <h1 tabIndex={-1}>{t('cases.meetings.title')}</h1>
        {caps.directCases && (
          <div className="head-actions">
            <a className="button" {...navLink(NEW_MEETING_PATH, onNavigate)}>
              {t('cases.meetings.new')}
            </a>
          </div>
        )}
      </div>
      <p>{t('cases.meetings.intro')}</p>
      {state.status === 'loading' && <p role="status">{t('cases.loading')}</p>}
      {state.status === 'error' && <p role="alert">{state.detail}</p>}
      {split && (
        <>
          <h2>{t('cases.meetings.upcoming')}</h2>
          <MeetingTable meetings={split.upcoming} onNavigate={onNavigate} />
          <h2>{t('cases.meetings.past')}</h2>
          <MeetingTable meetings={split.past} onNavigate={onNavigate} />
        </>
      )}
    </section>
  );
}

function MeetingTable({ meetings, onNavigate }: { meetings: MeetingSummary[]; onNavigate(path: string): void }) {
  const { t, i18n } = useTranslation();
  if (meetings.length === 0) return <p>{t('cases.meetings.none')}</p>;
  return (
    <div className="table-scroll">
      <table ref={labelCells} className="inbox-table meetings-table">
        <thead>
          <tr>
            <th scope="col">{t('cases.meetings.when')}</th>
            <th scope="col">{t('cases.meetings.meetingTitle')}</th>
            <th scope="col">{t('cases.meetings.location')}</th>
            <th scope="col">{t('cases.meetings.items')}</th>
            <th scope="col">{t('cases.meetings.status')}</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((m) => (
            <tr key={m.id}>
              <td>{formatWhen(m.startsAt, i18n.language)}</td>
              <td>
                <a {...navLink(meetingPath(m.id), onNavigate)}>{m.title}</a>
              </td>
              <td>{m.location ?? '—'}</td>
              <td>{t('cases.meetings.itemsCount', { mine: m.myItems, all: m.items })}</td>
              <td>{t(`cases.meetings.statuses.${m.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
