/** Settings the missions services need from the configuration (routes build them once). */
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
    minCellCount: config.minCellCount,
    minScopeHectares: config.missionMinScopeHectares,
    minScopeBuurten: config.missionMinScopeBuurten,
    minRespondents: config.perceptionMinRespondents,
  };
}
