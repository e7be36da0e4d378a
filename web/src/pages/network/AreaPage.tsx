/**
 * The network of one area (/netwerk/gebied/{code}): every section the user may see on one page —
 * partners, agreements, missions, initiatives, youth groups, target-group figures — warnings on
 * top, links to the wijkgesprek report and the safety profile, and an optional network map.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../api/types.ts';
import { useAreaData } from '../../ui/map/use-area-data.ts';
import { navLink } from '../../ui/nav-link.ts';
import { useAsync } from '../../ui/use-async.ts';
import { profilePath } from '../perception/paths.ts';
import { getAreaNetwork, reportUrl } from './api.ts';
import { kindName, warningsOf } from './kinds.ts';
import { NetworkMap } from './NetworkMap.tsx';
import { NETWORK_PATH, rowPath } from './paths.ts';
import { SectionList } from './SectionList.tsx';
import { type AreaNetwork, type NetworkItem, SECTION_KEYS } from './types.ts';

interface Props {
  code: string;
  instance: Instance | null;
  /** perception:read — the wijkgesprek report and the staff safety profile. */
  perception: boolean;
  onNavigate(path: string): void;
}

function Warnings({ network, onNavigate }: { network: AreaNetwork; onNavigate(path: string): void }) {
  const { t } = useTranslation();
  const warnings = warningsOf(network.sections);
  if (warnings.length === 0) return null;
  return (
    <section className="notice network-warnings" aria-labelledby="network-warnings" data-testid="network-warnings">
      <h2 id="network-warnings">{t('areaNetwork.area.warnings')}</h2>
      <ul>
        {warnings.map(({ section, row }) => {
          const to = rowPath(section, row.id);
          return (
            <li key={`${section} ${row.id}`}>
              {to ? <a {...navLink(to, onNavigate)}>{row.title}</a> : <strong>{row.title}</strong>} ({kindName(t, row.kind)}): {row.warning}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function AreaMap({ network, instance }: { network: AreaNetwork; instance: Instance | null }) {
  const areas = useAreaData();
  const rows = useMemo(() => Object.values(network.sections).flatMap((r) => (r ?? []) as NetworkItem[]), [network]);
  if (areas.data.status !== 'ready') return null;
  const code = network.area.code;
  const all = [...areas.data.wijken, ...areas.data.buurten];
  const buurten = areas.data.buurten.filter((b) => code.startsWith('GM') || b.properties.code === code || b.properties.parentCode === code);
  const outline = code.startsWith('GM') ? areas.data.wijken : all.filter((f) => f.properties.code === code);
  return <NetworkMap kind="area" config={instance?.map ?? null} outline={outline} buurten={buurten} rows={rows} />;
}

export function AreaPage({ code, instance, perception, onNavigate }: Props) {
  const { t } = useTranslation();
  const [state] = useAsync(() => getAreaNetwork(code), [code]);
  const [mapShown, setMapShown] = useState(false);
  if (state.status === 'loading')
    return (
      <p className="page" role="status">
        {t('app.loading')}
      </p>
    );
  if (state.status === 'error')
    return (
      <div className="page narrow">
        <h1 tabIndex={-1}>{t('areaNetwork.title')}</h1>
        <p role="alert" className="alert">
          {state.detail}
        </p>
        <a {...navLink(NETWORK_PATH, onNavigate)}>{t('areaNetwork.area.back')}</a>
      </div>
    );
  const network = state.data;
  const keys = SECTION_KEYS.filter((k) => network.sections[k]);
  const unavailable = network.unavailable.map((k) => t(`areaNetwork.sections.${k}`)).join(', ');
  return (
    <div className="page network-page">
      <p>
        <a {...navLink(NETWORK_PATH, onNavigate)}>{t('areaNetwork.area.back')}</a>
      </p>
      <h1 tabIndex={-1}>{network.area.name}</h1>
      <p className="lead">
        {t(`areaNetwork.area.level.${network.area.level}`)} {network.area.code} · {t('areaNetwork.area.scopeHint')}
      </p>
      <ul className="link-row">
        {perception && network.area.level === 'wijk' && (
          <li>
            <a href={reportUrl(network.area.code)} target="_blank" rel="noopener" data-testid="network-report">
              {t('areaNetwork.area.report')}
            </a>
          </li>
        )}
        {perception && (
          <li>
            <a {...navLink(profilePath(network.area.code), onNavigate)}>{t('areaNetwork.area.profile')}</a>
          </li>
        )}
      </ul>
      {unavailable && (
        <p className="alert" role="alert">
          {t('areaNetwork.area.unavailable', { sections: unavailable })}
        </p>
      )}
      <Warnings network={network} onNavigate={onNavigate} />
      {keys.length === 0 && <p className="notice">{t('areaNetwork.area.noSections')}</p>}
      <div className="network-sections">
        {keys.map((k) => (
          <SectionList key={k} section={k} rows={network.sections[k] ?? []} onNavigate={onNavigate} />
        ))}
      </div>
      <button type="button" className="secondary" aria-expanded={mapShown} onClick={() => setMapShown((v) => !v)}>
        {mapShown ? t('areaNetwork.area.hideMap') : t('areaNetwork.area.showMap')}
      </button>
      {mapShown && <AreaMap network={network} instance={instance} />}
    </div>
  );
}
