/**
 * The municipality's suppression threshold (`minCellCount`: STADSVEILIG_MIN_CELL_COUNT, changed in
 * Beheer → Instellingen; the settings module writes it into the one Config object at run time).
 * Routes and housekeeping receive that Config and remember it here, so the area-network section —
 * whose `load` gets no Config — reads the same live value. Before either ran: the default (5).
 */
import type { Config } from '../../core/config.ts';

const DEFAULT_MIN_CELL_COUNT = 5;
let current: Pick<Config, 'minCellCount'> | undefined;

export function rememberConfig(config: Pick<Config, 'minCellCount'>): void {
  current = config;
}

export function minCellCount(): number {
  return current?.minCellCount ?? DEFAULT_MIN_CELL_COUNT;
}
