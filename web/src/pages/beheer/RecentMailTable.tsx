/** The newest messages that did not fail: subject, the recipient's domain only, status, created and sent (no bodies). */
import { useTranslation } from 'react-i18next';
import { dateTime } from './format.ts';
import type { RecentMail } from './types.ts';
import { labelCells } from '../../ui/cell-labels.ts';

export function RecentMailTable({ recent }: { recent: RecentMail[] }) {
  const { t, i18n } = useTranslation();
  if (recent.length === 0) return <p>{t('beheer.mail.noneRecent')}</p>;
  return (
    <div className="table-scroll">
      <table ref={labelCells} className="inbox-table mail-recent-table">
        <caption className="visually-hidden">{t('beheer.mail.recentTitle')}</caption>
        <thead>
          <tr>
            {['subject', 'domain', 'status', 'created', 'sent'].map((c) => (
              <th key={c} scope="col">
                {t(`beheer.mail.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {recent.map((m) => (
            <tr key={m.id} data-mail={m.id}>
              <th scope="row">{m.subject}</th>
              <td>{m.recipientDomain}</td>
              <td>{t(`beheer.mail.status.${m.status}`)}</td>
              <td>{dateTime(m.createdAt, i18n.language)}</td>
              <td>{m.sentAt ? dateTime(m.sentAt, i18n.language) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
