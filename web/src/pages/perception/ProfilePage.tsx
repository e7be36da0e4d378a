/**
 * The safety profile of a buurt, wijk or the gemeente (staff): four indices side by side with
 * components, combined index, method, data gaps, pulse, trends, themes and approved stories, the
 * network of the area (as the user may see it); for a wijk the wijkgesprek report.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../api/types.ts';
import { useAsync } from '../../ui/use-async.ts';
import { getAreaNetwork, getIndicators, getProfile, getPublicSafety, getTrends } from './api.ts';
import { AreaNetworkPanel } from './AreaNetworkPanel.tsx';
import { CombinedIndex } from './CombinedIndex.tsx';
import { formatNumber } from './index-format.ts';
import { IndexCards } from './IndexCards.tsx';
import { profilePath, publicAreaPath, pulsePath, recentYears, withYear, yearFromSearch } from './paths.ts';
import { PulseSummary } from './PulseSummary.tsx';
import { ReportLinks } from './ReportLinks.tsx';
import { StoriesList } from './StoriesList.tsx';
import { TrendTable } from './TrendTable.tsx';
import { YearSelect } from './YearSelect.tsx';
import { DemoLabel } from '../../ui/DemoLabel.tsx';
import { capabilitiesOf } from '../../ui/capabilities.ts';

interface Props {
  code: string;
  session: Session;
  onNavigate(path: string): void;
}

/** Without a chosen year the profile comes first: its year (the latest with data) is the year of the rest. */
async function load(code: string, chosen: number | null) {
  const [profile, catalogue] = await Promise.all([getProfile(code, chosen), getIndicators()]);
  const year = profile.year;
  const [trends, publicView, network] = await Promise.all([
    getTrends(code, year - 5, year),
    // Stories and theme counts come with the public view (approved, redacted stories only).
    getPublicSafety(code, year),
    // The network is a part of the page, not a condition for it: without it the rest still shows.
    getAreaNetwork(code).catch(() => null),
  ]);
  return { profile, trends, publicView, network, indicators: catalogue.indicators };
}

export function ProfilePage({ code, session, onNavigate }: Props) {
  const { t, i18n } = useTranslation();
  const years = useMemo(() => recentYears(new Date()), []);
  const [chosen, setYear] = useState(() => yearFromSearch(window.location.search, years, null));
  const [state] = useAsync(() => load(code, chosen), [code, chosen]);
  const changeYear = (y: number) => {
    setYear(y);
    window.history.replaceState(null, '', `${profilePath(code)}?jaar=${y}`);
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
        <h1 tabIndex={-1}>{t('perception.profile.titleNoName')}</h1>
        <p role="alert" className="alert">
          {state.detail}
        </p>
      </div>
    );
  }
  const { profile: p, trends, publicView, network, indicators } = state.data;
  const year = p.year;
  const names = new Map(publicView.themes.map((th) => [th.theme, th.name]));
  const link = (to: string, label: string, testId?: string) => (
    <a
      href={to}
      data-testid={testId}
      onClick={(e) => {
        e.preventDefault();
        onNavigate(to);
      }}
    >
      {label}
    </a>
  );
  return (
    <div className="page profile-page">
      <h1 tabIndex={-1}>{t('perception.profile.title', { name: p.areaName })}</h1>
      <p className="lead">
        {t(`perception.level.${p.level}`)} {p.areaCode}
        {p.population !== null && ` · ${t('perception.profile.population', { value: formatNumber(p.population, i18n.language, 0) })}`}
        {p.demo && <DemoLabel />}
      </p>
      <div className="profile-toolbar">
        <YearSelect id="profile-year" years={withYear(years, year)} value={year} onChange={changeYear} />
        <ul className="link-row">
          <li>{link(publicAreaPath(p.areaCode), t('perception.profile.publicPage'), 'public-page-link')}</li>
          {p.level === 'buurt' && <li>{link(pulsePath(p.areaCode), t('perception.profile.pulseLink'))}</li>}
        </ul>
      </div>
      <p className="hint">{t('perception.profile.orientation', { year: p.baseYear })}</p>
      <IndexCards indices={p.indices} gaps={p.gaps} baseYear={p.baseYear} />
      <div className="profile-columns">
        <CombinedIndex combined={p.combined} />
        <PulseSummary pulse={p.pulse} year={p.year} />
      </div>
      <section className="method" aria-labelledby="method-title">
        <h2 id="method-title">{t('perception.method.title')}</h2>
        <p data-testid="method-text">{p.method}</p>
      </section>
      <section aria-labelledby="gaps-title">
        <h2 id="gaps-title">{t('perception.profile.gaps')}</h2>
        {p.gaps.length === 0 ? (
          <p>{t('perception.profile.noGaps')}</p>
        ) : (
          <ul className="gap-list" data-testid="gaps">
            {p.gaps.map((g) => (
              <li key={`${g.component} ${g.message}`}>
                <strong>{t(`perception.index.${g.component}`)}:</strong> {g.message}
              </li>
            ))}
          </ul>
        )}
      </section>
      <TrendTable trends={trends} from={year - 5} to={year} indicators={indicators} />
      <StoriesList themes={publicView.themes} stories={publicView.stories} names={names} />
      {network && (
        <AreaNetworkPanel
          code={p.areaCode}
          sections={network.sections}
          audience="staff"
          networkLink={capabilitiesOf(session.permissions).network !== null}
          onNavigate={onNavigate}
        />
      )}
      {p.level === 'wijk' && session.permissions.includes('perception:read') && <ReportLinks wijk={p.areaCode} year={year} />}
    </div>
  );
}
