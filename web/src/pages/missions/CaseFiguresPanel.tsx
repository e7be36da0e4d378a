/**
 * "Persoonsgerichte aanpak in cijfers" on the portfolio: this year's key figures of the approach
 * from GET /cases/figures (counts only, no person; "—" = suppressed), with a link to all figures.
 * Shown only to those with the caseFigures capability.
 */
import './case-figures-i18n.ts';
import './case-figures.css';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { Reply } from '../../api/types.ts';
import { navLink } from '../../ui/nav-link.ts';
import { useAsync } from '../../ui/use-async.ts';
import { FIGURES_PATH } from '../cases/paths.ts';

type CaseFigures = Reply<'/api/v1/cases/figures'>;
const getThisYear = () => api.request<CaseFigures>('/api/v1/cases/figures');

/** A count, share or number of days as text; null (suppressed) as "—". */
export function figureText(value: number | null, locale: string, percent = false): string {
  if (value === null) return '—';
  return percent ? value.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0 }) : value.toLocaleString(locale);
}

export function CaseFiguresPanel({ onNavigate }: { onNavigate(path: string): void }) {
  const { t, i18n } = useTranslation();
  const [state] = useAsync(getThisYear, []);
  const locale = i18n.language?.startsWith('en') ? 'en-GB' : 'nl-NL';
  return (
    <section aria-labelledby="case-figures-title" className="panel-card case-figures-panel">
      <h2 id="case-figures-title">{t('pgaPanel.title')}</h2>
      <p className="hint">{t('pgaPanel.intro')}</p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && (
        <p className="alert" role="alert">
          {state.detail}
        </p>
      )}
      {state.status === 'ready' && (
        <dl className="case-figures-list" aria-label={t('pgaPanel.year', { year: state.data.year })}>
          <dt>{t('pgaPanel.open')}</dt>
          <dd>{figureText(state.data.openAtEnd, locale)}</dd>
          <dt>{t('pgaPanel.inflow')}</dt>
          <dd>{figureText(state.data.flow.inflow, locale)}</dd>
          <dt>{t('pgaPanel.planShare')}</dt>
          <dd>{figureText(state.data.planWithin4Weeks.share, locale, true)}</dd>
          <dt>{t('pgaPanel.median')}</dt>
          <dd>{figureText(state.data.duration.medianDays, locale)}</dd>
        </dl>
      )}
      <a {...navLink(FIGURES_PATH, onNavigate)}>{t('pgaPanel.link')}</a>
    </section>
  );
}
