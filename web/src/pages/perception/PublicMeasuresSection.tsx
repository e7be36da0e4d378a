/**
 * "Maatregelen van de burgemeester" on the residents' area page: the published part of
 * administrative measures in force or starting soon in the area (GET /public/measures) — the
 * published text, the legal basis, the period and the buurt or wijk; never an address.
 */
import './public-measures-i18n.ts';
import { useTranslation } from 'react-i18next';
import type { Reply } from '../../api/types.ts';
import { useApi } from '../../ui/use-async.ts';

type PublicMeasures = Reply<'/api/v1/public/measures'>;

export function PublicMeasuresSection({ code }: { code: string }) {
  const { t } = useTranslation();
  const [state] = useApi<PublicMeasures>(`/api/v1/public/measures?area=${encodeURIComponent(code)}`);
  if (state.status !== 'ready') return null;
  const measures = state.data.measures;
  return (
    <section className="panel-card" aria-labelledby="public-measures-title" data-testid="public-measures">
      <h2 id="public-measures-title">{t('publicMeasures.title')}</h2>
      <p className="hint">{t('publicMeasures.intro')}</p>
      {measures.length === 0 ? (
        <p>{t('publicMeasures.none')}</p>
      ) : (
        <ul>
          {measures.map((m) => (
            <li key={`${m.article}-${m.publishedOn}-${m.text}`}>
              <strong>
                {m.baseLabel} ({m.article})
              </strong>
              {m.status === 'starting' && ` — ${t('publicMeasures.starting')}`}
              <p>{m.text}</p>
              <p className="hint">
                {m.period.end
                  ? t('publicMeasures.period', { start: m.period.start, end: m.period.end })
                  : t('publicMeasures.periodOpen', { start: m.period.start })}
                {' · '}
                {t('publicMeasures.where', { areas: m.areas.map((a) => a.name).join(', ') })}
                {' · '}
                {t('publicMeasures.published', { date: m.publishedOn })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
