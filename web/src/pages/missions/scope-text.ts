/** A mission's scope in words with buurt names ("Grote Markt en omgeving, Kalkhaven"). Pure. */
import type { Scope } from './types.ts';

type T = (key: string, vars?: Record<string, unknown>) => string;

export function scopeText(scope: Scope, names: Map<string, string>, t: T, max = 3): string {
  switch (scope.kind) {
    case 'buurten': {
      const shown = scope.codes
        .slice(0, max)
        .map((c) => names.get(c) ?? c)
        .join(', ');
      return scope.codes.length > max ? t('missions.scope.more', { list: shown, count: scope.codes.length - max }) : shown;
    }
    case 'cells':
      return t('missions.scope.cells', { count: scope.cells.length, size: scope.cellSize });
    default:
      return t('missions.scope.polygon');
  }
}
