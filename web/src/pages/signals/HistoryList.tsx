/** The report's history: status changes, notes (with who reads them), assignments, splits, merges; texts staff may publish. */
import { useTranslation } from 'react-i18next';
import { publishEntry } from './api.ts';
import { actorKind, formatDateTime } from './format.ts';
import { PublishToggle } from './PublishToggle.tsx';
import { statusKey } from './status.ts';
import type { HistoryEntry, SignalDetail } from './types.ts';

/** Only status texts and notes may be published (the server refuses others: they may name colleagues). */
const PUBLISHABLE = new Set(['status', 'note']);

interface Props {
  history: HistoryEntry[];
  myUserId: string | null;
  /** Given when the caller may publish texts of this report. */
  publish?: { signalId: string; csrfToken: string | null; onUpdated(d: SignalDetail): void };
}

export function HistoryList({ history, myUserId, publish }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="timeline staff-history">
      {[...history].reverse().map((h) => {
        const to = h.toStatus ? statusKey(h.toStatus) : null;
        return (
          <li key={h.id} data-kind={h.kind}>
            <time dateTime={h.at}>{formatDateTime(h.at, i18n.language)}</time>{' '}
            <strong>{t(`signals.history.${h.kind}`, { defaultValue: h.kind })}</strong>
            {to && <> → {t(to)}</>}
            <span className="muted small"> · {t(`signals.actor.${actorKind(h.actor, myUserId)}`, { actor: h.actor })}</span>
            {h.text && <span className={`badge visibility-${h.visibility}`}>{t(`signals.detail.visibility_${h.visibility}`)}</span>}
            {h.publishedAt && <span className="badge public">{t('signals.detail.publishedShort')}</span>}
            {h.text && <p>{h.text}</p>}
            {h.text && publish && PUBLISHABLE.has(h.kind) && (
              <PublishToggle
                published={h.publishedAt !== null}
                onUpdated={publish.onUpdated}
                toggle={(next) => publishEntry(publish.signalId, h.id, next, publish.csrfToken)}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}
