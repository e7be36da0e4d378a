/** Settings the missions services need from the configuration (routes build them once; the thresholds read the configuration on each use, so a change in Beheer applies at once). */
import type { Config } from '../../core/config.ts';
import type { FigureSettings } from './disclosure.ts';

export interface MissionSettings extends FigureSettings {
  gemeente: string;
  /** Survey estimates from fewer respondents are not shown (perception's rule). */
  minRespondents: number;
}

export function missionSettings(config: Config): MissionSettings {
  return {
    gemeente: config.municipality,
    get minCellCount() {
      return config.minCellCount;
    },
    minScopeHectares: config.missionMinScopeHectares,
    minScopeBuurten: config.missionMinScopeBuurten,
    get minRespondents() {
      return config.perceptionMinRespondents;
    },
  };
}
