/** What every view component receives from the Analyse page. */
import type { AreaFeature, Instance } from '../../api/types.ts';
import type { AnalysisState } from './state.ts';

export interface ViewProps {
  state: AnalysisState;
  onChange(next: AnalysisState): void;
  /** CBS crime code → title. */
  titles: ReadonlyMap<string, string>;
  buurten: AreaFeature[];
  wijken: AreaFeature[];
  instance: Instance | null;
  csrfToken: string | null;
  onNavigate(path: string): void;
}

/** Area code → name: buurten, wijken and the municipality (for series and alerts that carry only a code). */
export function areaNames(p: Pick<ViewProps, 'buurten' | 'wijken' | 'instance'>): Map<string, string> {
  const names = new Map<string, string>();
  for (const f of [...p.buurten, ...p.wijken]) names.set(f.properties.code, f.properties.name);
  const m = p.instance?.municipality;
  if (m?.name) names.set(m.code, m.name);
  return names;
}
