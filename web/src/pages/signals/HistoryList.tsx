/** The report's history: status changes, notes (internal or public), assignments, splits, merges. */
import { useTranslation } from 'react-i18next';
import { actorKind, formatDateTime } from './format.ts';
import { statusKey } from './status.ts';
import type { HistoryEntry } from './types.ts';

export function HistoryList({ history, myUserId }: { history: HistoryEntry[]; myUserId: string | null }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="timeline staff-history">
      {[...history].reverse().map((h, i) => {
        const to = h.toStatus ? statusKey(h.toStatus) : null;
        return (
          <li key={`${h.at}-${i}`} data-kind={h.kind}>
            <time dateTime={h.at}>{formatDateTime(h.at, i18n.language)}</time>{' '}
            <strong>{t(`signals.history.${h.kind}`, { defaultValue: h.kind })}</strong>
            {to && <> → {t(to)}</>}
            <span className="muted small"> · {t(`signals.actor.${actorKind(h.actor, myUserId)}`, { actor: h.actor })}</span>
            {h.kind === 'note' && <span className={`badge ${h.isPublic ? 'public' : ''}`}>{t(h.isPublic ? 'signals.detail.notePublicShort' : 'signals.detail.noteInternalShort')}</span>}
            {h.text && <p>{h.text}</p>}
          </li>
        );
      })}
    </ol>
  );
}
