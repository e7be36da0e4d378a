/** One page of processing-log records: time, activity (and operation), actor, data subject, status, trace id. */
import { useTranslation } from 'react-i18next';
import { dateTime } from './format.ts';
import { activityText, actorText, type LogRecord } from './log-query.ts';
import type { UserView } from './types.ts';
import { labelCells } from '../../ui/cell-labels.ts';

interface Props {
  records: readonly LogRecord[];
  users: readonly Pick<UserView, 'id' | 'email' | 'displayName'>[];
}

export function LogTable({ records, users }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll">
      <table ref={labelCells} className="inbox-table log-table">
        <caption className="visually-hidden">{t('beheer.log.caption')}</caption>
        <thead>
          <tr>
            {['time', 'activity', 'actor', 'subject', 'status', 'trace'].map((c) => (
              <th key={c} scope="col">
                {t(`beheer.log.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr key={r.id} data-activity={r.processingActivityId} className={r.statusCode === 'OK' ? undefined : 'log-not-ok'}>
              <th scope="row">{dateTime(r.startTime, i18n.language)}</th>
              <td>
                {activityText(r, t)}
                <span className="cell-sub">{t(`beheer.log.operations.${r.operation}`, { defaultValue: r.operation })}</span>
              </td>
              <td>{actorText(r.actor, users, t)}</td>
              <td>
                {r.dataSubjectPseudonym ? (
                  <>
                    {t(`beheer.log.subjectTypes.${r.dataSubjectType}`, { defaultValue: r.dataSubjectType ?? '' })}
                    <code className="cell-sub">{r.dataSubjectPseudonym}</code>
                  </>
                ) : (
                  <span className="cell-sub">{t('beheer.log.noSubject')}</span>
                )}
              </td>
              <td>{t(`beheer.log.statuses.${r.statusCode}`, { defaultValue: r.statusCode })}</td>
              <td>
                <code className="log-trace">{r.traceId}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface PagerProps {
  /** Keyset cursors of the pages seen so far; the last is the page shown. */
  cursors: (number | null)[];
  nextBefore: number | null;
  busy: boolean;
  onTurn(cursors: (number | null)[]): void;
}

/** Newer and older pages of the log (keyset paging: a stack of cursors). */
export function LogPager({ cursors, nextBefore, busy, onTurn }: PagerProps) {
  const { t } = useTranslation();
  if (cursors.length <= 1 && !nextBefore) return null;
  return (
    <nav className="pager" aria-label={t('beheer.log.pages')}>
      <button type="button" className="button" disabled={busy || cursors.length <= 1} onClick={() => onTurn(cursors.slice(0, -1))}>
        {t('beheer.log.newer')}
      </button>
      <span>{t('beheer.log.page', { page: cursors.length })}</span>
      <button type="button" className="button" disabled={busy || !nextBefore} onClick={() => onTurn([...cursors, nextBefore])}>
        {t('beheer.log.older')}
      </button>
    </nav>
  );
}
