/** The translation key of a row's kind or status code, falling back to the code itself when the page has no name for it. Pure. */
import type { TFunction } from 'i18next';

export function kindName(t: TFunction, code: string): string {
  return t(`areaNetwork.kinds.${code}`, { defaultValue: code });
}

/** Rows with a warning, over every section, for the notice on top of the page. */
export function warningsOf<T extends { warning?: string | null }>(
  sections: Partial<Record<string, readonly T[]>>,
): { section: string; row: T }[] {
  return Object.entries(sections).flatMap(([section, rows]) => (rows ?? []).filter((r) => r.warning).map((row) => ({ section, row })));
}
