/**
 * Candidate missions from early-warning alerts (analysis workbench GET /analysis/alerts → POST
 * /missions/candidates). Shown only when alerts exist; says so when the alerts endpoint is not there.
 */
import { useTranslation } from 'react-i18next';
import { useAsync } from '../../ui/use-async.ts';
import { getAlerts, getCandidates } from './api.ts';
import { candidatePath } from './create-query.ts';
import { navLink } from '../../ui/nav-link.ts';
import { missionPath } from './paths.ts';
import { formatNumber } from './progress-format.ts';

interface Props {
  csrfToken: string | null;
  canCreate: boolean;
  onNavigate(path: string): void;
}

async function load(csrf: string | null) {
  const alerts = await getAlerts();
  if (!alerts.available || alerts.alerts.length === 0) return { available: alerts.available, candidates: [] };
  return { available: true, candidates: (await getCandidates(alerts.alerts, csrf)).candidates };
}

export function CandidatesSection({ csrfToken, canCreate, onNavigate }: Props) {
  const { t, i18n } = useTranslation();
  const [state] = useAsync(() => load(csrfToken), [csrfToken]);
  if (state.status !== 'ready')
    return state.status === 'error' ? (
      <p className="alert" role="alert">
        {state.detail}
      </p>
    ) : null;
  const { available, candidates } = state.data;
  if (!available)
    return (
      <p className="muted" data-testid="candidates-unavailable">
        {t('missions.candidates.unavailable')}
      </p>
    );
  if (candidates.length === 0) return <p className="muted">{t('missions.candidates.none')}</p>;
  return (
    <ul className="candidate-list">
      {candidates.map((c) => {
        const link = candidatePath(c);
        return (
          <li key={c.key} className="panel-card">
            <strong>{c.suggestedTitle}</strong>
            <p className="small">
              {t('missions.candidates.figures', {
                count: formatNumber(c.count, i18n.language),
                expected: formatNumber(c.expected, i18n.language),
                weeks: c.weeks.length,
              })}
            </p>
            {c.coveredBy ? (
              <p className="small">
                {t('missions.candidates.covered')} <a {...navLink(missionPath(c.coveredBy.id), onNavigate)}>{c.coveredBy.number}</a>
              </p>
            ) : (
              canCreate && (
                <a className="button small" {...navLink(link, onNavigate)}>
                  {t('missions.candidates.create')}
                </a>
              )
            )}
          </li>
        );
      })}
    </ul>
  );
}
