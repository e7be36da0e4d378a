/** Dispatches a goal's indicator to its adapter. */
import type { ServiceContext } from '../../../../core/context.ts';
import { custom } from './custom.ts';
import { perception } from './perception.ts';
import { registeredCrime } from './registered-crime.ts';
import { reports } from './reports.ts';
import type { Indicator, IndicatorAdapter, IndicatorEnv, Reading } from './types.ts';

function adapterOf(i: Indicator): IndicatorAdapter<Indicator> {
  const adapters = { 'registered-crime': registeredCrime, reports, perception, custom } as const;
  return adapters[i.source] as IndicatorAdapter<Indicator>;
}

export function readOver(ctx: ServiceContext, env: IndicatorEnv, i: Indicator, from: string, to: string): Promise<Reading | null> {
  return adapterOf(i).over(ctx, env, i, from, to);
}

export function readLatest(
  ctx: ServiceContext,
  env: IndicatorEnv,
  i: Indicator,
  baselineFrom: string,
  baselineTo: string,
  asOf: string,
): Promise<Reading | null> {
  return adapterOf(i).latest(ctx, env, i, baselineFrom, baselineTo, asOf);
}

export function indicatorLabel(i: Indicator): string {
  switch (i.source) {
    case 'registered-crime':
      return `Geregistreerde criminaliteit${i.crimeTypes?.length ? ` (${i.crimeTypes.join(', ')})` : ''}`;
    case 'reports':
      return `Meldingen${i.categories?.length ? ` (${i.categories.join(', ')})` : ''}`;
    case 'perception':
      return `Veiligheidsbeleving: ${i.indicatorCode} (${i.areaCode})`;
    case 'custom':
      return `${i.name} (${i.unit})`;
  }
}
