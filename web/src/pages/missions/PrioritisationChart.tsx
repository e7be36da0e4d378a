/** Impact × feasibility: the quadrant chart (SVG from priority-quadrant.ts) and the ranked list with rationale. */
import { useTranslation } from 'react-i18next';
import { navLink } from '../../ui/nav-link.ts';
import { missionPath } from './paths.ts';
import { DEFAULT_BOX, quadrantDots, quadrantRects, scorePoint } from './priority-quadrant.ts';
import type { PrioritisedMission } from './types.ts';

interface Props {
  missions: PrioritisedMission[];
  onNavigate(path: string): void;
}

const QUADRANT_FILL = { 'do-first': '#e3f1e4', invest: '#fff4e0', 'quick-win': '#e6f0f7', reconsider: '#f1f1f1' } as const;

function Chart({ missions }: { missions: PrioritisedMission[] }) {
  const { t } = useTranslation();
  const box = DEFAULT_BOX;
  const dots = quadrantDots(missions, box);
  const bottomLeft = scorePoint(1, 1, box);
  return (
    <svg className="quadrant-chart" viewBox={`0 0 ${box.width} ${box.height}`} role="img" aria-labelledby="quadrant-title quadrant-desc">
      <title id="quadrant-title">{t('missions.priority.chartTitle')}</title>
      <desc id="quadrant-desc">{t('missions.priority.chartDesc', { count: dots.length })}</desc>
      {quadrantRects(box).map((r) => (
        <g key={r.quadrant}>
          <rect x={r.x} y={r.y} width={r.width} height={r.height} fill={QUADRANT_FILL[r.quadrant]} stroke="#8a96a3" strokeWidth={0.5} />
          <text x={r.x + 6} y={r.y + 14} className="quadrant-label">
            {t(`missions.quadrant.${r.quadrant}`)}
          </text>
        </g>
      ))}
      <text x={box.width / 2} y={box.height - 6} textAnchor="middle" className="axis-label">
        {t('missions.priority.feasibilityAxis')}
      </text>
      <text x={12} y={box.height / 2} textAnchor="middle" className="axis-label" transform={`rotate(-90 12 ${box.height / 2})`}>
        {t('missions.priority.impactAxis')}
      </text>
      {[1, 2, 3, 4, 5].map((v) => {
        const p = scorePoint(v, v, box);
        return (
          <g key={v} className="tick">
            <text x={p.x} y={bottomLeft.y + 14} textAnchor="middle">
              {v}
            </text>
            <text x={bottomLeft.x - 8} y={p.y + 4} textAnchor="end">
              {v}
            </text>
          </g>
        );
      })}
      {dots.map((d) => (
        <g key={d.id} className="quadrant-dot">
          <circle cx={d.x} cy={d.y} r={6} />
          <text x={d.x + 8} y={d.y - 6}>
            {d.label.replace(/^OPG-\d{4}-/, '')}
          </text>
        </g>
      ))}
    </svg>
  );
}

export function PrioritisationChart({ missions, onNavigate }: Props) {
  const { t } = useTranslation();
  if (missions.length === 0) return <p className="muted">{t('missions.priority.none')}</p>;
  return (
    <div className="prioritisation">
      <Chart missions={missions} />
      <ol className="priority-list">
        {missions.map((m) => (
          <li key={m.id} data-quadrant={m.quadrant}>
            <a {...navLink(missionPath(m.id), onNavigate)}>
              {m.number} · {m.title}
            </a>
            <span className="chip">{t(`missions.quadrant.${m.quadrant}`)}</span>
            {m.score !== null && (
              <span className="small">
                {' '}
                {t('missions.priority.score', { impact: m.impactScore, feasibility: m.feasibilityScore, score: m.score })}
              </span>
            )}
            {(m.impactRationale || m.feasibilityRationale) && (
              <dl className="rationale small">
                {m.impactRationale && (
                  <>
                    <dt>{t('missions.fields.impactRationale')}</dt>
                    <dd>{m.impactRationale}</dd>
                  </>
                )}
                {m.feasibilityRationale && (
                  <>
                    <dt>{t('missions.fields.feasibilityRationale')}</dt>
                    <dd>{m.feasibilityRationale}</dd>
                  </>
                )}
              </dl>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
