/** The resident's private tracking page: status in plain language, public notes, history, photos, feedback. */
import { useTranslation } from 'react-i18next';
import { subscribeToSignal, trackSignal, trackingPhotoUrl } from './api.ts';
import { FeedbackForm } from './FeedbackForm.tsx';
import { formatDate, formatDateTime } from './format.ts';
import { statusExplanationKey } from './status.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { SubscribeForm } from './SubscribeForm.tsx';
import { useAsync } from '../../ui/use-async.ts';

export function TrackingPage({ token, csrfToken }: { token: string; csrfToken: string | null }) {
  const { t, i18n } = useTranslation();
  const [state, reload] = useAsync(() => trackSignal(token), [token]);
  const lang = i18n.language;
  if (state.status === 'loading')
    return (
      <p className="page" role="status">
        {t('app.loading')}
      </p>
    );
  if (state.status === 'error')
    return (
      <div className="page narrow">
        <h1>{t('signals.track.title')}</h1>
        <p className="alert" role="alert">
          {t('signals.track.notFound')}
        </p>
      </div>
    );
  const s = state.data;
  const explanation = statusExplanationKey(s.status);
  return (
    <div className="page narrow tracking-page">
      <h1 tabIndex={-1}>{t('signals.track.heading', { number: s.number })}</h1>
      <section className="panel-card" aria-labelledby="track-status">
        <h2 id="track-status">{t('signals.track.status')}</h2>
        <p className="status-line">
          <StatusBadge status={s.status} fallback={s.statusLabel} />
        </p>
        <p>{explanation ? t(explanation) : s.statusExplanation}</p>
        {s.mergedIntoNumber && <p className="notice">{t('signals.track.merged', { number: s.mergedIntoNumber })}</p>}
        <dl className="facts">
          <dt>{t('signals.track.category')}</dt>
          <dd>{s.categoryName}</dd>
          <dt>{t('signals.track.created')}</dt>
          <dd>{formatDate(s.createdAt, lang)}</dd>
          {s.deadline && !s.closedAt && (
            <>
              <dt>{t('signals.track.deadline')}</dt>
              <dd>{formatDate(s.deadline, lang)}</dd>
            </>
          )}
          {s.closedAt && (
            <>
              <dt>{t('signals.track.closed')}</dt>
              <dd>{formatDate(s.closedAt, lang)}</dd>
            </>
          )}
          {s.addressText && (
            <>
              <dt>{t('signals.track.address')}</dt>
              <dd>{s.addressText}</dd>
            </>
          )}
        </dl>
        <p className="track-description">{s.description}</p>
      </section>
      {s.feedback.asked && <FeedbackForm token={token} csrfToken={csrfToken} onDone={reload} />}
      {s.feedback.given && (
        <p className="notice" role="status">
          {t(s.feedback.given.satisfied ? 'signals.feedback.thanksHappy' : 'signals.feedback.thanksUnhappy')}
        </p>
      )}
      <section className="panel-card" aria-labelledby="track-history">
        <h2 id="track-history">{t('signals.track.history')}</h2>
        <ol className="timeline">
          {[...s.updates].reverse().map((u, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the public updates have no id and several may share a timestamp; the index tells them apart.
            <li key={`${u.at}-${i}`}>
              <time dateTime={u.at}>{formatDateTime(u.at, lang)}</time>
              {u.statusLabel && <strong> {u.statusLabel}</strong>}
              {u.text && <p>{u.text}</p>}
            </li>
          ))}
        </ol>
      </section>
      {s.photoIds.length > 0 && (
        <section className="panel-card" aria-labelledby="track-photos">
          <h2 id="track-photos">{t('signals.track.photos')}</h2>
          <ul className="photo-grid">
            {s.photoIds.map((id, i) => (
              <li key={id}>
                <img src={trackingPhotoUrl(token, id)} alt={t('signals.track.photoAlt', { n: i + 1 })} loading="lazy" />
              </li>
            ))}
          </ul>
        </section>
      )}
      <SubscribeForm
        id="track-subscribe"
        title={t('signals.subscribe.title')}
        intro={t('signals.subscribe.intro')}
        done={t('signals.subscribe.done')}
        subscribe={(email) => subscribeToSignal(s.mergedIntoNumber ?? s.number, email, csrfToken)}
      />
    </div>
  );
}
