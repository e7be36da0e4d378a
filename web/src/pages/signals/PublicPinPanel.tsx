/**
 * The report chosen on the public map (a tapped pin or a line of the list): category, status and
 * date; for a report of a public, non-sensitive category also what staff published — the
 * description and a public photo — fetched by number. A sensitive report has no number and shows
 * only that it lies roughly here.
 */
import { useTranslation } from 'react-i18next';
import { DemoLabel } from '../../ui/DemoLabel.tsx';
import { useAsync } from '../../ui/use-async.ts';
import { getPublicReport } from './api.ts';
import { formatDate } from './format.ts';
import type { PublicMapFeature } from './types.ts';

type Pin = PublicMapFeature['properties'];

function Published({ number }: { number: string }) {
  const { t } = useTranslation();
  const [state] = useAsync(() => getPublicReport(number), [number]);
  if (state.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (state.status === 'error') return <p className="muted">{state.detail}</p>;
  const r = state.data;
  return (
    <>
      {r.description && <p data-testid="pin-description">{r.description}</p>}
      {r.publishedText && <p data-testid="pin-published">{r.publishedText}</p>}
      {!r.description && !r.publishedText && <p className="muted">{t('signals.publicMap.noText')}</p>}
      {r.photoUrl && <img className="pin-photo" src={r.photoUrl} alt={t('signals.publicMap.photoAlt', { category: r.categoryName })} />}
    </>
  );
}

export function PublicPinPanel({ pin, onClose }: { pin: Pin; onClose(): void }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel-card pin-panel" data-testid="pin-panel" aria-labelledby="pin-title">
      <h2 id="pin-title">{pin.categoryName}</h2>
      <p>
        {pin.statusLabel} · {formatDate(pin.createdDate, i18n.language)}
        {pin.number && <span className="muted"> · {pin.number}</span>}
        {pin.demo && <DemoLabel />}
      </p>
      {pin.number ? <Published number={pin.number} /> : <p className="muted">{t('signals.publicMap.sensitive')}</p>}
      <button type="button" className="button" onClick={onClose}>
        {t('signals.publicMap.close')}
      </button>
    </section>
  );
}
