/** Details of the chosen buurt (announced via aria-live), and the buurten without a polygon. */
import { useTranslation } from 'react-i18next';
import type { AreaFeature } from '../../api/types.ts';
import { profilePath } from '../perception/paths.ts';
import { pushPath } from '../../shell/use-location.ts';
import { formatPopulation } from './format.ts';

interface Props {
  year: number;
  selected: AreaFeature | null;
  wijkName: string | null;
  withoutGeometry: AreaFeature[];
  onChoose(code: string): void;
  onClear(): void;
}

function Details({ area, wijkName, year }: { area: AreaFeature; wijkName: string | null; year: number }) {
  const { t, i18n } = useTranslation();
  const p = area.properties;
  const population = formatPopulation(p.population, i18n.language) ?? t('panel.unknown');
  return (
    <>
      <h3 className="panel-name">{p.name}</h3>
      <dl className="facts">
        <dt>{t('panel.code')}</dt>
        <dd>{p.code}</dd>
        <dt>{t('panel.wijk')}</dt>
        <dd>{wijkName ? `${wijkName} (${p.parentCode ?? ''})` : (p.parentCode ?? t('panel.unknown'))}</dd>
        <dt>{p.populationYear ? t('panel.populationIn', { year: p.populationYear }) : t('panel.population')}</dt>
        <dd data-field="population">{population}</dd>
        {p.geometryYear !== null && p.geometryYear !== p.year && (
          <>
            <dt>{t('panel.geometryYear')}</dt>
            <dd>{p.geometryYear}</dd>
          </>
        )}
      </dl>
      {p.note && (
        <p className="panel-note">
          <strong>{t('panel.note')}:</strong> {p.note}
        </p>
      )}
      {p.isWater && <p className="hint">{t('panel.water')}</p>}
      {area.geometry === null && <p className="notice">{t('panel.noPolygon', { year })}</p>}
      <ProfileLinks code={p.code} wijkCode={p.parentCode} />
    </>
  );
}

/** Links to the safety profile (Beleving) of the buurt and its wijk. */
function ProfileLinks({ code, wijkCode }: { code: string; wijkCode: string | null }) {
  const { t } = useTranslation();
  const link = (to: string, label: string) => (
    <a
      href={to}
      onClick={(e) => {
        if (e.button === 0 && !e.metaKey && !e.ctrlKey) {
          e.preventDefault();
          pushPath(to);
        }
      }}
    >
      {label}
    </a>
  );
  return (
    <ul className="panel-links">
      <li>{link(profilePath(code), t('perception.panelLinks.buurt'))}</li>
      {wijkCode && <li>{link(profilePath(wijkCode), t('perception.panelLinks.wijk'))}</li>}
    </ul>
  );
}

export function AreaPanel({ year, selected, wijkName, withoutGeometry, onChoose, onClear }: Props) {
  const { t } = useTranslation();
  return (
    <div className="area-panel">
      <section id="area-details" className="panel-card" aria-labelledby="panel-title" aria-live="polite">
        <h2 id="panel-title">{t('panel.title')}</h2>
        {selected ? (
          <>
            <Details area={selected} wijkName={wijkName} year={year} />
            <button type="button" className="button ghost small" onClick={onClear}>
              {t('panel.close')}
            </button>
          </>
        ) : (
          <p className="muted">{t('panel.empty')}</p>
        )}
      </section>
      <section className="panel-card without-geometry" aria-labelledby="without-geometry-title">
        <h2 id="without-geometry-title">{t('panel.withoutGeometry')}</h2>
        {withoutGeometry.length === 0 ? (
          <p className="muted">{t('panel.allHaveGeometry', { year })}</p>
        ) : (
          <>
            <p className="muted">{t('panel.withoutGeometryIntro', { year })}</p>
            <ul>
              {withoutGeometry.map((f) => (
                <li key={f.properties.code}>
                  <button type="button" className="link-button" onClick={() => onChoose(f.properties.code)}>
                    {f.properties.name}
                  </button>{' '}
                  <span className="area-code">{f.properties.code}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
