/**
 * Beheer → Mail: the outbox's counts (queued, sent, failed), the oldest waiting message, the failed
 * messages (subject, the recipient's domain only, attempts, the error with addresses redacted — no
 * bodies) and the newest others; "Opnieuw proberen" queues one failed message, or all of them, again.
 */
import { useTranslation } from 'react-i18next';
import type { Session } from '../../api/types.ts';
import { useAsync } from '../../ui/use-async.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { useAnnouncement } from './announcement.tsx';
import { dateTime } from './format.ts';
import { outboxOverview, retryMail } from './keys-mail-api.ts';
import { RecentMailTable } from './RecentMailTable.tsx';
import { failedMailText, outboxCounts } from './keys-mail-format.ts';
import type { FailedMail } from './types.ts';
import { labelCells } from '../../ui/cell-labels.ts';

export function MailSection({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const [state, reload] = useAsync(() => outboxOverview(), []);
  const { announce, region } = useAnnouncement();
  const { busy, error, run } = useSubmit();
  const overview = state.status === 'ready' ? state.data : null;

  async function retry(ids: number[] | undefined) {
    if (busy) return;
    const reply = await run(() => retryMail(ids, session.csrfToken));
    if (!reply) return;
    announce(t('beheer.mail.retried', { count: reply.retried }), true);
    reload();
  }

  return (
    <div className="page beheer-mail">
      <h1 tabIndex={-1}>{t('beheer.mail.title')}</h1>
      <p className="lead">{t('beheer.mail.lead')}</p>
      {region}
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      {state.status === 'loading' && <p role="status">{t('beheer.mail.loading')}</p>}
      {state.status === 'error' && (
        <p className="alert" role="alert">
          {state.detail}
        </p>
      )}
      {overview && (
        <>
          <dl className="mail-counts">
            {outboxCounts(overview).map((c) => (
              <div key={c.state} data-state={c.state}>
                <dt>{t(`beheer.mail.counts.${c.state}`)}</dt>
                <dd>{c.count.toLocaleString(i18n.language)}</dd>
              </div>
            ))}
          </dl>
          <p>
            {overview.oldestPendingAt
              ? t('beheer.mail.oldest', { time: dateTime(overview.oldestPendingAt, i18n.language) })
              : t('beheer.mail.noneWaiting')}
          </p>
          <h2>{t('beheer.mail.failedTitle')}</h2>
          {overview.failed.length === 0 ? <p>{t('beheer.mail.noneFailed')}</p> : <FailedTable failed={overview.failed} onRetry={retry} />}
          <h2>{t('beheer.mail.recentTitle')}</h2>
          <RecentMailTable recent={overview.recent} />
        </>
      )}
    </div>
  );
}

function FailedTable({ failed, onRetry }: { failed: FailedMail[]; onRetry(ids: number[] | undefined): void }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p className="hint">{t('beheer.mail.failedHint')}</p>
      <button type="button" className="button small primary" onClick={() => onRetry(undefined)}>
        {t('beheer.mail.retryAll', { count: failed.length })}
      </button>
      <div className="table-scroll">
        <table ref={labelCells} className="inbox-table mail-table">
          <caption className="visually-hidden">{t('beheer.mail.failedTitle')}</caption>
          <thead>
            <tr>
              {['subject', 'domain', 'created', 'attempts', 'error', 'actions'].map((c) => (
                <th key={c} scope="col">
                  {t(`beheer.mail.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {failed.map((m) => (
              <tr key={m.id} data-mail={m.id}>
                <th scope="row">{m.subject}</th>
                <td>{m.recipientDomain}</td>
                <td>{dateTime(m.createdAt, i18n.language)}</td>
                <td>{failedMailText(m, t, i18n.language)}</td>
                <td className="mail-error">{m.lastError ?? ''}</td>
                <td>
                  <button
                    type="button"
                    className="button small ghost"
                    onClick={() => onRetry([m.id])}
                    aria-label={t('beheer.mail.retryFor', { subject: m.subject })}
                  >
                    {t('beheer.mail.retry')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
