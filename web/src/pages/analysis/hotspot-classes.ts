/**
 * Hotspot significance classes: colours (diverging red–blue, ColorBrewer RdBu, colour-blind safe),
 * which classes a method can give, the legend with unit counts, and the MapLibre fill expression.
 * Pure.
 */
import { HOTSPOT_CLASSES, type HotspotClass, type HotspotFeature } from './types.ts';

export const CLASS_COLOURS: Record<HotspotClass, string> = {
  'hot-99': '#b2182b',
  'hot-95': '#ef8a62',
  'hot-90': '#fddbc7',
  'cold-90': '#d1e5f0',
  'cold-95': '#67a9cf',
  'cold-99': '#2166ac',
  HH: '#b2182b',
  HL: '#f4a582',
  LH: '#92c5de',
  LL: '#2166ac',
  'not-significant': '#d9d9d9',
};

const GI_CLASSES: HotspotClass[] = ['hot-99', 'hot-95', 'hot-90', 'cold-90', 'cold-95', 'cold-99', 'not-significant'];
const LISA_CLASSES: HotspotClass[] = ['HH', 'HL', 'LH', 'LL', 'not-significant'];

export const classesOf = (method: string): HotspotClass[] => (method === 'local-moran' ? LISA_CLASSES : GI_CLASSES);
export const isHot = (c: HotspotClass) => c === 'hot-99' || c === 'hot-95' || c === 'hot-90' || c === 'HH';

export interface LegendItem {
  cls: HotspotClass;
  colour: string;
  units: number;
}

/** The legend of a reply: every class the method can give, with how many units fall in it. */
export function classLegend(method: string, features: readonly HotspotFeature[]): LegendItem[] {
  const counts = new Map<HotspotClass, number>();
  for (const f of features) counts.set(f.properties.class, (counts.get(f.properties.class) ?? 0) + 1);
  return classesOf(method).map((cls) => ({ cls, colour: CLASS_COLOURS[cls], units: counts.get(cls) ?? 0 }));
}

/** fill-color: match on the class property. */
export function classFillExpression(): unknown[] {
  return ['match', ['get', 'class'], ...HOTSPOT_CLASSES.flatMap((c) => [c, CLASS_COLOURS[c]]), CLASS_COLOURS['not-significant']];
}

/** Not-significant units are drawn faintly so the significant ones stand out. */
export function classOpacityExpression(): unknown[] {
  return ['case', ['==', ['get', 'class'], 'not-significant'], 0.25, 0.8];
}

/** The hot units of a reply (what "maak hier een opgave van" proposes when nothing is selected). */
export const hotUnits = (features: readonly HotspotFeature[]) => features.filter((f) => isHot(f.properties.class));
