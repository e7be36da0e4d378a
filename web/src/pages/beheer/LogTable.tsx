/** One page of processing-log records: time, activity (and operation), actor, data subject, status, trace id. */
import { useTranslation } from 'react-i18next';
import { dateTime } from './format.ts';
import { activityText, actorText, type LogRecord } from './log-query.ts';
import type { UserView } from './types.ts';

interface Props {
  records: readonly LogRecord[];
  users: readonly UserView[];
}

export function LogTable({ records, users }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="inbox-table log-table">
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
