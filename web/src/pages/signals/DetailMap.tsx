/**
 * The report in its place (staff detail page): buurt name, address (typed, or the nearest BAG
 * address), a map with the report's pin and the other open reports nearby, and those reports as a list.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../api/types.ts';
import { labelCells } from '../../ui/cell-labels.ts';
import { useAreaData } from '../../ui/map/use-area-data.ts';
import { navLink } from '../../ui/nav-link.ts';
import { ageInDays } from './format.ts';
import { detailPath } from './paths.ts';
import { addressLine, buurtLine, nearbyPoints } from './place-text.ts';
import { SignalMap } from './SignalMap.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import type { NearbyReport, SignalDetail, Surroundings } from './types.ts';

interface Props {
  signal: SignalDetail;
  surroundings: Surroundings | null;
  instance: Instance | null;
  onNavigate(path: string): void;
}

function NearbyTable({ nearby, onNavigate }: { nearby: NearbyReport[]; onNavigate(path: string): void }) {
  const { t } = useTranslation();
  const age = (iso: string) => {
    const days = ageInDays(iso);
    return days === 0 ? t('signals.detailPlace.ageToday') : t('signals.detailPlace.age', { count: days });
  };
  return (
    <div className="table-scroll">
      <table ref={labelCells} className="inbox-table nearby-table">
        <caption className="visually-hidden">{t('signals.detailPlace.nearbyTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('signals.detailPlace.colNumber')}</th>
            <th scope="col">{t('signals.detailPlace.colCategory')}</th>
            <th scope="col">{t('signals.detailPlace.colStatus')}</th>
            <th scope="col">{t('signals.detailPlace.colDistance')}</th>
            <th scope="col">{t('signals.detailPlace.colAge')}</th>
          </tr>
        </thead>
        <tbody>
          {nearby.map((n) => (
            <tr key={n.id} data-number={n.number}>
              <th scope="row">
                <a {...navLink(detailPath(n.number), onNavigate)}>{n.number}</a>
              </th>
              <td>{n.categoryName}</td>
              <td>
                <StatusBadge status={n.status} fallback={n.statusLabel} />
              </td>
              <td>{t('signals.detailPlace.metres', { distance: n.distanceMetres })}</td>
              <td>{age(n.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DetailMap({ signal: s, surroundings, instance, onNavigate }: Props) {
  const { t } = useTranslation();
  const { data } = useAreaData();
  const nearby = surroundings?.nearby ?? [];
  const points = useMemo(() => nearbyPoints(surroundings?.nearby ?? []), [surroundings]);
  const radius = surroundings?.radiusMetres?.nearby ?? 250;
  const lat = s.location?.lat;
  const lon = s.location?.lon;
  const marker = useMemo(() => (lat !== undefined && lon !== undefined ? { lat, lon } : null), [lat, lon]);
  return (
    <section className="panel-card detail-place" aria-labelledby="detail-place">
      <h2 id="detail-place">{t('signals.detailPlace.title')}</h2>
      <dl className="facts">
        <dt>{t('signals.detailPlace.buurt')}</dt>
        <dd data-testid="detail-buurt">{buurtLine(s, surroundings) ?? '—'}</dd>
        <dt>{t('signals.detailPlace.address')}</dt>
        <dd data-testid="detail-address">{addressLine(t, s, surroundings) ?? t('signals.detailPlace.addressNone')}</dd>
        {s.location && (
          <>
            <dt>{t('signals.detailPlace.coordinates')}</dt>
            <dd className="muted">
              {s.location.lat.toFixed(5)}, {s.location.lon.toFixed(5)}
            </dd>
          </>
        )}
      </dl>
      {marker ? (
        <>
          <SignalMap
            className="detail-map"
            config={instance?.map ?? null}
            buurten={data.status === 'ready' ? data.buurten : []}
            wijken={data.status === 'ready' ? data.wijken : []}
            label={t('signals.detailPlace.mapLabel', { number: s.number })}
            marker={marker}
            focus={marker}
            points={points}
            onPointClick={(p) => typeof p.number === 'string' && onNavigate(detailPath(p.number))}
          />
          <ul className="map-legend">
            <li>
              <span className="legend-dot marker" aria-hidden="true" /> {t('signals.detailPlace.legendThis')}
            </li>
            <li>
              <span className="legend-dot exact" aria-hidden="true" /> {t('signals.detailPlace.legendOther')}
            </li>
          </ul>
        </>
      ) : (
        <p className="muted">{t('signals.detailPlace.noPlace')}</p>
      )}
      <h3 id="detail-nearby">{t('signals.detailPlace.nearbyTitle')}</h3>
      {surroundings === null ? (
        <p className="muted">{t('signals.detailPlace.loading')}</p>
      ) : nearby.length === 0 ? (
        <p className="muted">{t('signals.detailPlace.nearbyNone', { radius })}</p>
      ) : (
        <>
          <p className="hint">{t('signals.detailPlace.nearbyIntro', { radius })}</p>
          <NearbyTable nearby={nearby} onNavigate={onNavigate} />
        </>
      )}
    </section>
  );
}
