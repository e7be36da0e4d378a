/**
 * "Actieve bestuurlijke maatregelen" on the missions portfolio (for users with powers:read): the
 * measures in force in the municipality now, counted per kind, with a link to the measures map.
 */
import './active-measures-i18n.ts';
import { useTranslation } from 'react-i18next';
import type { Reply } from '../../api/types.ts';
import { navLink } from '../../ui/nav-link.ts';
import { useApi } from '../../ui/use-async.ts';
import { MEASURES_MAP_PATH } from '../powers/paths.ts';

type AreaMeasures = Reply<'/api/v1/areas/{code}/measures'>;

/** Active measures per kind, in the order they first appear. */
export function countByKind(measures: AreaMeasures['measures']): [string, number][] {
  const counts = new Map<string, number>();
  for (const m of measures) if (m.status === 'active') counts.set(m.measureKind, (counts.get(m.measureKind) ?? 0) + 1);
  return [...counts];
}

export function ActiveMeasuresPanel({ gemeente, onNavigate }: { gemeente: string; onNavigate(path: string): void }) {
  const { t } = useTranslation();
  const [state] = useApi<AreaMeasures>(`/api/v1/areas/${encodeURIComponent(gemeente)}/measures`);
  const counts = state.status === 'ready' ? countByKind(state.data.measures) : [];
  return (
    <section className="panel-card" aria-labelledby="active-measures-title" data-testid="active-measures">
      <h2 id="active-measures-title">{t('activeMeasures.title')}</h2>
      <p className="hint">{t('activeMeasures.intro')}</p>
      {state.status === 'error' && <p role="alert">{state.detail}</p>}
      {state.status === 'ready' && counts.length === 0 && <p>{t('activeMeasures.none')}</p>}
      {counts.length > 0 && (
        <ul>
          {counts.map(([kind, n]) => (
            <li key={kind}>
              {t(`activeMeasures.kind.${kind}`)}: <strong>{n}</strong>
            </li>
          ))}
        </ul>
      )}
      <a {...navLink(MEASURES_MAP_PATH, onNavigate)}>{t('activeMeasures.link')}</a>
    </section>
  );
}
