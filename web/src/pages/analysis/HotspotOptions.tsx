/** The hotspot view's options: unit, cell size, method, FDR, permutations, KDE overlay. */
import { useTranslation } from 'react-i18next';
import { option, VIEW_OPTIONS, withOption, type AnalysisState } from './state.ts';

interface Props {
  state: AnalysisState;
  onChange(next: AnalysisState): void;
}

export function HotspotOptions({ state, onChange }: Props) {
  const { t } = useTranslation();
  const spec = VIEW_OPTIONS.hotspots;
  const values = (key: string) => spec[key]!.valid as readonly string[];
  const select = (key: string, label: string, text: (v: string) => string) => (
    <div className="field">
      <label htmlFor={`hs-${key}`}>{label}</label>
      <select id={`hs-${key}`} value={option(state, key)} onChange={(e) => onChange(withOption(state, key, e.target.value))}>
        {values(key).map((v) => (
          <option key={v} value={v}>
            {text(v)}
          </option>
        ))}
      </select>
    </div>
  );
  const h = (k: string, o?: Record<string, unknown>) => t(`analysis.hotspots.${k}`, o ?? {});
  return (
    <div className="view-options">
      {select('unit', h('unit'), (v) => h(`units.${v}`))}
      {option(state, 'unit') === 'grid' && select('cellSize', h('cellSize'), (v) => h('metres', { value: v }))}
      {select('method', h('method'), (v) => h(`methods.${v}`))}
      {select('fdr', h('fdr'), (v) => (v ? h('fdrValue', { value: v }) : h('fdrNone')))}
      {select('permutations', h('permutations'), (v) => (v === '0' ? h('permutationsNone') : v))}
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={option(state, 'kde') === 'on'}
          onChange={(e) => onChange(withOption(state, 'kde', e.target.checked ? 'on' : ''))}
        />
        {h('kde')}
      </label>
    </div>
  );
}
