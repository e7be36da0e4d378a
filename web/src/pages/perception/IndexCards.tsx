/**
 * The four indices side by side (registered crime, reported nuisance, victimisation, perceived
 * unsafety), each with its value, city reference, source, n and margin, and its own data gaps.
 */
import { useTranslation } from 'react-i18next';
import { formatCount, formatIndex, formatMargin, formatNumber, indexBand, indexBarWidth } from './index-format.ts';
import { COMPONENT_KEYS, type ComponentKey, type Gap, type IndexComponent } from './types.ts';

interface Props {
  indices: Record<ComponentKey, IndexComponent>;
  gaps: Gap[];
  baseYear: number;
  /** Residents' page: fewer technical details. */
  compact?: boolean;
}

function Card({ k, c, gaps, baseYear, compact }: { k: ComponentKey; c: IndexComponent; gaps: Gap[]; baseYear: number; compact: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const band = indexBand(c.index);
  return (
    <li className={`index-card band-${band}`} data-component={k}>
      <h3>{t(`perception.index.${k}`)}</h3>
      <p className="index-value">
        <span className="index-number" data-testid={`index-${k}`}>
          {formatIndex(c.index, lang)}
        </span>
        <span className="index-band">{t(`perception.band.${band}`)}</span>
      </p>
      <div className="index-bar" aria-hidden="true">
        <span className="index-bar-fill" style={{ width: `${indexBarWidth(c.index)}%` }} />
        <span className="index-bar-ref" title="100" />
      </div>
      <dl className="index-facts">
        <dt>{t('perception.index.value')}</dt>
        <dd>
          {c.value === null
            ? t('perception.index.noValue')
            : `${formatNumber(c.value, lang)} ${c.unit} ${formatMargin(c.margin, lang)}`.trim()}
        </dd>
        <dt>{t('perception.index.reference', { year: baseYear })}</dt>
        <dd>{c.reference === null ? '–' : `${formatNumber(c.reference, lang)} ${c.unit}`}</dd>
        {(c.n !== null || !compact) && (
          <>
            <dt>{t('perception.index.n')}</dt>
            <dd>{c.n === null ? t('perception.index.nRegistered') : `n = ${formatCount(c.n, lang)}`}</dd>
          </>
        )}
        {!compact && (
          <>
            <dt>{t('perception.index.source')}</dt>
            <dd>{c.source}</dd>
          </>
        )}
      </dl>
      {gaps.length > 0 && (
        <ul className="index-gaps">
          {gaps.map((g) => (
            <li key={g.message}>{g.message}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function IndexCards({ indices, gaps, baseYear, compact = false }: Props) {
  return (
    <ul className="index-cards" data-testid="index-cards">
      {COMPONENT_KEYS.map((k) => (
        <Card key={k} k={k} c={indices[k]} gaps={gaps.filter((g) => g.component === k)} baseYear={baseYear} compact={compact} />
      ))}
    </ul>
  );
}
