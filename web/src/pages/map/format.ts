/** Number and label formatting for areas. Pure. */
import { localeOf } from '../../i18n/language.ts';

/** Population with thousands separators ("12.345" in Dutch), or null when unknown. */
export function formatPopulation(value: number | null | undefined, language: string): string | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 0 }).format(value);
}

/** "Name (code)" for lists and announcements. */
export function areaTitle(area: { name: string; code: string }): string {
  return `${area.name} (${area.code})`;
}
