/**
 * The Analyse workbench: view tabs, the shared filter bar, and the current view. The state lives in
 * the URL (state.ts): every change pushes a new address, and back/forward restore the view.
 */
import { useEffect, useMemo, useState, type MouseEvent, type ReactNode } from 'react';
import { capabilitiesOf } from '../../ui/capabilities.ts';
import { useTranslation } from 'react-i18next';
import type { Instance, Session, SessionUser } from '../../api/types.ts';
import { useAreaData } from '../../ui/map/use-area-data.ts';
import './analysis.css';
import { getCrimeTypes, getSignalCategoryNames } from './api.ts';
import { ConcentrationView } from './ConcentrationView.tsx';
import { FilterBar } from './FilterBar.tsx';
import { HotcrimesView } from './HotcrimesView.tsx';
import { HotspotsView } from './HotspotsView.tsx';
import { HottimesView } from './HottimesView.tsx';
import './i18n.ts';
import { NearRepeatView } from './NearRepeatView.tsx';
import { parseState, stateToUrl, VIEWS, viewTakesSource, withFilters, withView, type AnalysisState, type ViewId } from './state.ts';
import { TrendsView } from './TrendsView.tsx';
import type { CrimeType } from './types.ts';
import type { ViewProps } from './view-props.ts';

interface Props {
  instance: Instance | null;
  session: Session & { user: SessionUser };
  path: string;
  onNavigate(path: string): void;
}

const COMPONENTS: Record<ViewId, (p: ViewProps) => ReactNode> = {
  hotspots: HotspotsView,
  hottimes: HottimesView,
  hotcrimes: HotcrimesView,
  trends: TrendsView,
  'near-repeat': NearRepeatView,
  concentration: ConcentrationView,
};

export default function AnalysisApp({ instance, session, path, onNavigate }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<AnalysisState>(() => parseState(path, window.location.search));
  const [types, setTypes] = useState<CrimeType[]>([]);
  const [categories, setCategories] = useState<[string, string][]>([]);
  const caps = capabilitiesOf(session.permissions);
  const canReadSignals = caps.signals === 'staff';
  const areas = useAreaData();

  useEffect(() => {
    const onPop = () => setState(parseState(window.location.pathname, window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => setState(parseState(path, window.location.search)), [path]);
  useEffect(() => {
    getCrimeTypes()
      .then(setTypes)
      .catch(() => setTypes([]));
  }, []);
  useEffect(() => {
    if (canReadSignals)
      getSignalCategoryNames()
        .then(setCategories)
        .catch(() => setCategories([]));
  }, [canReadSignals]);
  // Crime type titles by code and report category names by slug: the rows and series of either source.
  const titles = useMemo(() => new Map([...types.map((c) => [c.code, c.title] as [string, string]), ...categories]), [types, categories]);

  if (!caps.analysis) {
    return (
      <div className="page narrow">
        <h1 tabIndex={-1}>{t('analysis.title')}</h1>
        <p>{t('analysis.noAccess')}</p>
      </div>
    );
  }
  const go = (next: AnalysisState) => {
    setState(next);
    onNavigate(stateToUrl(next));
  };
  const follow = (e: MouseEvent<HTMLAnchorElement>, view: ViewId) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    go(withView(state, view));
  };
  const ready = areas.data.status === 'ready' ? areas.data : null;
  const View = COMPONENTS[state.view];
  return (
    <div className="page analysis-page">
      <h1 tabIndex={-1}>{t('analysis.title')}</h1>
      <p className="lead">{t('analysis.lead')}</p>
      <nav className="analysis-tabs" aria-label={t('analysis.viewsLabel')}>
        <ul>
          {VIEWS.map((v) => (
            <li key={v}>
              <a
                href={stateToUrl(withView(state, v))}
                aria-current={v === state.view ? 'page' : undefined}
                onClick={(e) => follow(e, v)}
                data-view={v}
              >
                {t(`analysis.views.${v}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <FilterBar
        filters={state.filters}
        crimeTypes={types}
        wijken={ready?.wijken ?? []}
        buurten={ready?.buurten ?? []}
        onChange={(patch) => go(withFilters(state, patch))}
        partnerSignals={canReadSignals}
        emptyTypesSummary={
          state.view === 'near-repeat' && state.options.allTypes !== 'on' ? t('analysis.filters.nearRepeatDefaultType') : undefined
        }
      />
      <section className="analysis-view" aria-labelledby="analysis-view-title" data-testid={`view-${state.view}`}>
        <h2 id="analysis-view-title">{t(`analysis.views.${state.view}`)}</h2>
        {viewTakesSource(state.view, state.filters.source) ? (
          <View
            state={state}
            onChange={go}
            titles={titles}
            buurten={ready?.buurten ?? []}
            wijken={ready?.wijken ?? []}
            instance={instance}
            csrfToken={session.csrfToken}
            onNavigate={onNavigate}
          />
        ) : (
          <p className="notice" role="status">
            {t('analysis.filters.partnerSignalsPointless')}
          </p>
        )}
      </section>
    </div>
  );
}
