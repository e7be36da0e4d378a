/**
 * "Netwerk in de wijk" on the safety profile pages: per section the user may see, its number of
 * rows and the first few by name. The public page gets the anonymous view from its own reply
 * (public mission summaries, published initiatives); staff see their own view and a link to the
 * whole network of the area (/netwerk/gebied/{code}).
 */
import { useTranslation } from 'react-i18next';
import { navLink } from '../../ui/nav-link.ts';
import { areaNetworkPath, rowPath } from '../network/paths.ts';
import './network-i18n.ts';
import type { PublicSafety } from './types.ts';

type Sections = PublicSafety['network']['sections'];
const KEYS = ['partners', 'agreements', 'missions', 'initiatives', 'youthGroups', 'targetGroups'] as const;
type Key = (typeof KEYS)[number];
const SHOWN = 5;

interface Props {
  code: string;
  sections: Sections;
  /** Public: links only to public mission summaries; staff: to the rows' pages and the whole network. */
  audience: 'public' | 'staff';
  /** Whether to link to the whole network of the area (the user may open Netwerk). */
  networkLink?: boolean;
  onNavigate(path: string): void;
}

export function AreaNetworkPanel({ code, sections, audience, networkLink = false, onNavigate }: Props) {
  const { t } = useTranslation();
  const keys = KEYS.filter((k) => sections[k]);
  const link = (key: Key, id: string) => (audience === 'staff' || key === 'missions' ? rowPath(key, id, audience === 'staff') : null);
  return (
    <section className="panel-card area-network-panel" aria-labelledby="area-network-title" data-testid="area-network-panel">
      <h2 id="area-network-title">{t('perceptionNetwork.title')}</h2>
      <p className="hint">{audience === 'public' ? t('perceptionNetwork.publicLead') : t('perceptionNetwork.staffLead')}</p>
      {keys.length === 0 && <p>{audience === 'public' ? t('perceptionNetwork.none') : t('perceptionNetwork.staffNone')}</p>}
      {keys.map((k) => {
        const rows = sections[k] ?? [];
        return (
          <div key={k} className="area-network-part">
            <h3>{t(`perceptionNetwork.sections.${k}`, { count: rows.length })}</h3>
            {rows.length > 0 && (
              <ul>
                {rows.slice(0, SHOWN).map((r) => {
                  const to = link(k, r.id);
                  return <li key={r.id}>{to ? <a {...navLink(to, onNavigate)}>{r.title}</a> : r.title}</li>;
                })}
                {rows.length > SHOWN && <li>{t('perceptionNetwork.more', { count: rows.length - SHOWN })}</li>}
              </ul>
            )}
          </div>
        );
      })}
      {networkLink && (
        <p>
          <a {...navLink(areaNetworkPath(code), onNavigate)} data-testid="area-network-link">
            {t('perceptionNetwork.open')}
          </a>
        </p>
      )}
    </section>
  );
}
