/** The processing log of the cases for the privacy officer: who processed which case (by reference), how, on which legal basis. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelCells } from '../../ui/cell-labels.ts';
import { useAsync } from '../../ui/use-async.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { type CaseLogRecord, casesLog } from './api-privacy.ts';
import { dateTimeText } from './privacy-format.ts';

function LogTable({ records }: { records: CaseLogRecord[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll">
      <table ref={labelCells} className="inbox-table">
        <caption className="visually-hidden">{t('cases.review.logCaption')}</caption>
        <thead>
          <tr>
            {['at', 'activity', 'actor', 'case', 'status', 'legalBasis'].map((c) => (
              <th key={c} scope="col">
                {t(`cases.review.logColumns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr key={r.id} data-activity={r.activity}>
              <th scope="row">{dateTimeText(r.at, i18n.language)}</th>
              <td>
                {t(`cases.review.activities.${r.activity}`, { defaultValue: r.activity })}
                <span className="cell-sub">{t(`cases.review.operations.${r.operation}`, { defaultValue: r.operation })}</span>
              </td>
              <td>{r.actor}</td>
              <td>{r.caseReference ?? t('cases.review.noCase')}</td>
              <td className={r.status === 'OK' ? undefined : 'cp-denied'}>
                {t(`cases.review.statuses.${r.status}`, { defaultValue: r.status })}
              </td>
              <td>{r.legalBasis ?? t('cases.review.noCase')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CaseLogSection() {
  const { t } = useTranslation();
  const [first] = useAsync(() => casesLog({}), []);
  const [older, setOlder] = useState<{ records: CaseLogRecord[]; nextBefore: number | null } | null>(null);
  const { busy, error, run } = useSubmit();
  const records = first.status === 'ready' ? [...first.data.records, ...(older?.records ?? [])] : null;
  const next = older ? older.nextBefore : first.status === 'ready' ? first.data.nextBefore : null;
  async function loadOlder() {
    if (next === null) return;
    const page = await run(() => casesLog({ before: next }));
    if (page) setOlder({ records: [...(older?.records ?? []), ...page.records], nextBefore: page.nextBefore });
  }
  return (
    <section className="cp-section" aria-labelledby="cp-log">
      <h2 id="cp-log">{t('cases.review.log')}</h2>
      <p>{t('cases.review.logIntro')}</p>
      {first.status === 'error' ? (
        <p role="alert">{first.detail}</p>
      ) : records === null ? (
        <p role="status">{t('cases.loading')}</p>
      ) : records.length === 0 ? (
        <p>{t('cases.review.noLog')}</p>
      ) : (
        <LogTable records={records} />
      )}
      {error && <p role="alert">{error}</p>}
      {next !== null && (
        <button type="button" className="button" disabled={busy} onClick={() => void loadOlder()}>
          {t('cases.review.older')}
        </button>
      )}
    </section>
  );
}
