/**
 * One section of an area's network as a list: each row with its name (a link to the row's own
 * page where there is one), its kind, status, detail, warning and figures (null = suppressed).
 */
import { useTranslation } from 'react-i18next';
import { navLink } from '../../ui/nav-link.ts';
import { kindName } from './kinds.ts';
import { rowPath } from './paths.ts';
import type { NetworkItem, SectionKey } from './types.ts';

interface Props {
  section: SectionKey;
  rows: readonly NetworkItem[];
  onNavigate(path: string): void;
}

function Figures({ item }: { item: NetworkItem }) {
  const { t, i18n } = useTranslation();
  if (!item.figures?.length) return null;
  return (
    <ul className="network-figures">
      {item.figures.map((f) => (
        <li key={`${f.label} ${f.period ?? ''}`}>
          {f.label}
          {f.period ? ` (${f.period})` : ''}:{' '}
          {f.value === null ? (
            <abbr title={t('areaNetwork.area.suppressedHint')}>{t('areaNetwork.area.suppressed')}</abbr>
          ) : (
            f.value.toLocaleString(i18n.language)
          )}
        </li>
      ))}
    </ul>
  );
}

function Row({ section, item, onNavigate }: { section: SectionKey; item: NetworkItem; onNavigate(path: string): void }) {
  const { t } = useTranslation();
  const to = rowPath(section, item.id);
  return (
    <li className="network-row" data-testid={`network-row-${section}`}>
      <div className="network-row-head">
        {to ? <a {...navLink(to, onNavigate)}>{item.title}</a> : <strong>{item.title}</strong>}{' '}
        <span className={`badge network-kind kind-${item.kind}`}>{kindName(t, item.kind)}</span>
        {item.status && item.status !== item.kind && <span className="badge network-status">{kindName(t, item.status)}</span>}
      </div>
      {item.detail && <p className="network-detail">{item.detail}</p>}
      {item.warning && (
        <p className="network-warning">
          <strong>{t('areaNetwork.area.warnings')}:</strong> {item.warning}
        </p>
      )}
      <Figures item={item} />
    </li>
  );
}

export function SectionList({ section, rows, onNavigate }: Props) {
  const { t } = useTranslation();
  const id = `network-section-${section}`;
  return (
    <section className="panel-card network-section" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>
        {t(`areaNetwork.sections.${section}`)} <span className="network-count">({rows.length})</span>
      </h2>
      {rows.length === 0 ? (
        <p className="hint">{t(`areaNetwork.empty.${section}`)}</p>
      ) : (
        <ul className="network-rows">
          {rows.map((item) => (
            <Row key={item.id} section={section} item={item} onNavigate={onNavigate} />
          ))}
        </ul>
      )}
    </section>
  );
}
