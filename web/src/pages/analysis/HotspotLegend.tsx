/** The accessible legend of the hotspot map: every class of the method with its colour and unit count, the FDR note and Moran's I. */
import { useTranslation } from 'react-i18next';
import { formatNumber } from './format.ts';
import { classLegend } from './hotspot-classes.ts';
import type { HotspotsReply } from './types.ts';

export function HotspotLegend({ reply }: { reply: HotspotsReply }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const items = classLegend(reply.method, reply.features);
  const m = reply.moran;
  const clustered = m && m.z !== null && m.i !== null && m.i > 0 && (m.pSim ?? m.p ?? 1) < 0.05;
  return (
    <div className="hotspot-legend">
      <h3 id="hotspot-legend-title">{t('analysis.hotspots.legend')}</h3>
      <ul aria-labelledby="hotspot-legend-title" data-testid="hotspot-legend">
        {items.map((item) => (
          <li key={item.cls} data-class={item.cls}>
            <span className="legend-swatch box" style={{ background: item.colour }} aria-hidden="true" />
            <span>
              {t(`analysis.hotspots.classes.${item.cls}`)}{' '}
              <span className="muted">({t('analysis.hotspots.legendUnits', { count: item.units })})</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="rule-note" data-testid="fdr-note">
        {reply.fdr ? t('analysis.hotspots.fdrNote', { value: formatNumber(reply.fdr, lang, 2) }) : t('analysis.hotspots.noFdrNote')}
      </p>
      {m && m.i !== null && (
        <p className="muted">
          {t('analysis.hotspots.moran', {
            i: formatNumber(m.i, lang, 3),
            z: formatNumber(m.z, lang, 1) ?? '–',
            verdict: t(clustered ? 'analysis.hotspots.moranClustered' : 'analysis.hotspots.moranNot'),
          })}
        </p>
      )}
    </div>
  );
}
