/**
 * The residents' neighbourhood page (no login): aggregated figures only, approved stories, and for
 * a buurt the link and QR code of the pulse questionnaire; the network of the area as the public sees it.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PUBLIC_MISSIONS_PATH } from '../missions/paths.ts';
import { navLink } from '../../ui/nav-link.ts';
import { useAsync } from '../../ui/use-async.ts';
import { getPublicSafety } from './api.ts';
import { AreaNetworkPanel } from './AreaNetworkPanel.tsx';
import { IndexCards } from './IndexCards.tsx';
import { pulsePath, recentYears, withYear, yearInSearch } from './paths.ts';
import { PublicMeasuresSection } from './PublicMeasuresSection.tsx';
import { PulseSummary } from './PulseSummary.tsx';
import { StoriesList } from './StoriesList.tsx';
import { YearSelect } from './YearSelect.tsx';
import { DemoLabel } from '../../ui/DemoLabel.tsx';

interface Props {
  code: string;
  onNavigate(path: string): void;
}

export function PublicAreaPage({ code, onNavigate }: Props) {
  const { t } = useTranslation();
  const years = useMemo(() => recentYears(new Date()), []);
  // The year is kept in the URL (?jaar=). Without one the server shows the latest year with data
  // and the URL then names that year; a chosen year is a new history entry (back returns to it).
  const [year, setYear] = useState<number | null>(() => yearInSearch(window.location.search));
  const [state] = useAsync(() => getPublicSafety(code, year), [code, year]);
  const shownYear = state.status === 'ready' ? state.data.year : null;
  useEffect(() => {
    const onPop = () => setYear(yearInSearch(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    if (shownYear !== null && yearInSearch(window.location.search) === null)
      window.history.replaceState(null, '', `${window.location.pathname}?jaar=${shownYear}`);
  }, [shownYear]);
  const chooseYear = (y: number) => {
    window.history.pushState(null, '', `${window.location.pathname}?jaar=${y}`);
    setYear(y);
  };

  if (state.status === 'loading')
    return (
      <p className="page" role="status">
        {t('app.loading')}
      </p>
    );
  if (state.status === 'error') {
    return (
      <div className="page narrow">
        <h1 tabIndex={-1}>{t('perception.public.titleNoName')}</h1>
        <p role="alert" className="alert">
          {state.detail}
        </p>
      </div>
    );
  }
  const d = state.data;
  const names = new Map(d.themes.map((th) => [th.theme, th.name]));
  return (
    <div className="page public-area">
      <h1 tabIndex={-1}>{t('perception.public.title', { name: d.areaName })}</h1>
      <p className="lead">
        {t(`perception.public.lead.${d.level}`)}
        {d.demo && <DemoLabel />}
      </p>
      <YearSelect id="public-year" years={withYear(years, d.year)} value={d.year} onChange={chooseYear} />
      {d.questionnaireUrl && (
        <section className="panel-card pulse-invite" aria-labelledby="invite-title">
          <h2 id="invite-title">{t('perception.public.inviteTitle')}</h2>
          <p>{t('perception.public.invite')}</p>
          <p>
            <a
              className="button primary"
              href={pulsePath(d.areaCode)}
              data-testid="pulse-link"
              onClick={(e) => {
                e.preventDefault();
                onNavigate(pulsePath(d.areaCode));
              }}
            >
              {t('perception.public.inviteButton')}
            </a>
          </p>
          {d.qrUrl && (
            <img className="qr" src={d.qrUrl} width="160" height="160" alt={t('perception.public.qrAlt', { url: d.questionnaireUrl })} />
          )}
        </section>
      )}
      <PulseSummary pulse={d.pulse} year={d.year} />
      <h2>{t('perception.public.figures')}</h2>
      <p className="hint">{t('perception.public.figuresHint', { year: d.baseYear })}</p>
      <IndexCards indices={d.indices} gaps={d.gaps} baseYear={d.baseYear} compact />
      <StoriesList themes={d.themes} stories={d.stories} names={names} />
      <AreaNetworkPanel code={d.areaCode} sections={d.network.sections} audience="public" onNavigate={onNavigate} />
      <PublicMeasuresSection code={d.areaCode} />
      <p>
        <a {...navLink(PUBLIC_MISSIONS_PATH, onNavigate)} data-testid="public-missions-link">
          {t('missions.public.linkText')}
        </a>
      </p>
      <details className="method">
        <summary>{t('perception.method.title')}</summary>
        <p>{d.method}</p>
      </details>
    </div>
  );
}
