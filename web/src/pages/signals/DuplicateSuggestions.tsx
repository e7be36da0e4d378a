/**
 * Likely duplicates of this report (GET /signals/:id/nearby), each with its reasons and a one-click
 * merge after a confirmation. The newer report goes into the older one (Signalen's rule); the page
 * then shows the kept report.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navLink } from '../../ui/nav-link.ts';
import { mergeSignal } from './api.ts';
import { detailPath } from './paths.ts';
import { duplicateReasons } from './place-text.ts';
import { StatusBadge } from './StatusBadge.tsx';
import type { DuplicateSuggestion, SignalDetail, Surroundings } from './types.ts';
import { useAction } from './use-action.ts';

interface Props {
  signal: SignalDetail;
  surroundings: Surroundings;
  mayMerge: boolean;
  csrfToken: string | null;
  /** The kept report after a merge, and what to announce. */
  onMerged(kept: SignalDetail, message: string): void;
  onNavigate(path: string): void;
}

function Suggestion({ d, signal, mayMerge, csrfToken, onMerged, onNavigate }: Omit<Props, 'surroundings'> & { d: DuplicateSuggestion }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirm.current?.focus(); // the confirmation replaces the button that opened it
  }, [asking]);
  const intoThis = d.direction === 'into-this';
  const [dup, kept] = intoThis ? [d.number, signal.number] : [signal.number, d.number];
  const action = useAction((detail) => onMerged(detail, t('signals.duplicates.merged', { other: dup, number: kept })));
  const vars = { other: d.number, number: signal.number };
  const merge = () => action.run(() => mergeSignal(dup, kept, csrfToken));
  return (
    <li className="duplicate-item" data-number={d.number}>
      <p>
        <a {...navLink(detailPath(d.number), onNavigate)}>{d.number}</a> · {d.categoryName} ·{' '}
        <StatusBadge status={d.status} fallback={d.statusLabel} />
      </p>
      <p className="small" data-testid="duplicate-reasons">
        {duplicateReasons(t, d)}
      </p>
      <p className="small muted">{t(intoThis ? 'signals.duplicates.intoThis' : 'signals.duplicates.thisInto', vars)}</p>
      {mayMerge && !asking && (
        <button
          type="button"
          className="button small"
          aria-label={t('signals.duplicates.mergeLabel', vars)}
          onClick={() => setAsking(true)}
        >
          {t('signals.duplicates.merge')}
        </button>
      )}
      {mayMerge && asking && (
        <div className="confirm-box">
          <p id={`merge-confirm-${d.number}`}>
            {t(intoThis ? 'signals.duplicates.confirmIntoThis' : 'signals.duplicates.confirmThisInto', vars)}
          </p>
          <div className="form-actions">
            <button
              ref={confirm}
              type="button"
              className="button small"
              aria-describedby={`merge-confirm-${d.number}`}
              disabled={action.busy}
              onClick={() => void merge()}
            >
              {t('signals.duplicates.confirm')}
            </button>
            <button type="button" className="button ghost small" onClick={() => setAsking(false)}>
              {t('signals.duplicates.cancel')}
            </button>
          </div>
        </div>
      )}
      {action.error && (
        <p className="alert" role="alert">
          {action.error}
        </p>
      )}
    </li>
  );
}

export function DuplicateSuggestions({ surroundings, ...rest }: Props) {
  const { t } = useTranslation();
  const r = surroundings.radiusMetres;
  return (
    <section className="panel-card" aria-labelledby="detail-duplicates">
      <h2 id="detail-duplicates">{t('signals.duplicates.title')}</h2>
      <p className="hint">{t('signals.duplicates.intro', { metres: r?.duplicates ?? 150, days: 14 })}</p>
      {surroundings.duplicates.length === 0 ? (
        <p className="muted">{t('signals.duplicates.none')}</p>
      ) : (
        <ul className="duplicate-list">
          {surroundings.duplicates.map((d) => (
            <Suggestion key={d.id} d={d} {...rest} />
          ))}
        </ul>
      )}
    </section>
  );
}
