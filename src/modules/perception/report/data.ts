/**
 * Everything the wijkgesprek report shows, gathered once: the wijk and its buurten (map), the four
 * indices of the wijk and of each buurt, perceived-safety trend, top report categories, hot times,
 * residents' themes and approved stories, and the network of the wijk (partners, agreements,
 * missions, initiatives, youth groups, target groups: what the reader may see, composed by
 * area-network from the registry's modules).
 */
import type { ServiceContext } from '../../../core/context.ts';
import type { NetworkMoment, PlatformModule } from '../../../core/module-contract.ts';
import { composeAreaNetwork } from '../../area-network/index.ts';
import { invalidInput } from '../../../core/errors.ts';
import { getArea, listAreas } from '../../areas/index.ts';
import type { Geometry } from '../../areas/index.ts';
import type { Settings } from '../profile/components.ts';
import { countRule } from '../counts-disclosure.ts';
import { hotTimes } from '../hot-times.ts';
import { levelIndices, safetyProfile, type IndexOptions } from '../profile/profile-service.ts';
import { topCategories } from '../signal-counts.ts';
import { approvedStories, themeCounts } from '../moderation/themes.ts';
import { areaTrends } from '../profile/trends.ts';

export async function reportData(
  ctx: ServiceContext,
  s: Settings,
  code: string,
  o: IndexOptions,
  network: { modules: readonly PlatformModule[]; at: NetworkMoment },
) {
  if (!code.startsWith('WK'))
    throw invalidInput([{ name: 'params.code', reason: 'must be a wijk code' }], 'The wijkgesprek report is made per wijk (code WK…).');
  const wijk = await getArea(ctx, s.gemeente, code);
  const buurtFeatures = (await listAreas(ctx, s.gemeente, { level: 'buurt' })).features.filter((f) => f.properties.parentCode === code);
  const rule = countRule(ctx, s);
  const [profile, buurten, trends, categories, hot, themes, stories, areaNetwork] = await Promise.all([
    safetyProfile(ctx, s, code, o),
    levelIndices(ctx, s, 'buurt', o),
    areaTrends(ctx, s, code, {
      indicators: ['feels-unsafe-buurt', 'victim-total', 'mark-safety'],
      years: Array.from({ length: 6 }, (_, i) => o.year - 5 + i),
    }),
    topCategories(ctx, s.gemeente, code, o.year, rule, 5),
    hotTimes(ctx, s.gemeente, code, o.year, rule),
    themeCounts(ctx, s.gemeente, { level: 'wijk', year: o.year, areaCode: code }),
    approvedStories(ctx, s.gemeente, code, o.year, 4),
    composeAreaNetwork(ctx, network.modules, s.gemeente, code, network.at),
  ]);
  return {
    wijk: { code, name: wijk.properties.name, population: wijk.properties.population },
    map: buurtFeatures.map((f) => ({ code: f.properties.code, name: f.properties.name, geometry: f.geometry as Geometry | null })),
    profile,
    buurten: buurten.areas.filter((a) => buurtFeatures.some((f) => f.properties.code === a.areaCode)),
    trends,
    categories,
    hotTimes: hot,
    themes,
    stories,
    network: areaNetwork,
    minCount: rule.min,
  };
}
export type ReportData = Awaited<ReturnType<typeof reportData>>;
