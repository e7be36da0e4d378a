/**
 * Safety profile per area and year: four indices side by side (registered crime, reported
 * nuisance, victimisation, perceived unsafety), each 100 = city average in the base year, with
 * their components, an optional combined index, the method text and the exact data gaps.
 * Aggregated figures only: readable without login.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { invalidInput, notFound } from '../../../core/errors.ts';
import { COMPONENTS, cityHasPerceivedSurvey, levelData, type ComponentKey, type Level, type Settings } from './components.ts';
import { combineIndices, relativeIndex, type Combined } from './indices.ts';
import type { PulseStats } from '../pulse/stats.ts';
import { demoContributes } from '../demo/marker.ts';

export const METHOD_TEXT =
  'Vier indexen naast elkaar, elk 100 = het gemiddelde van de hele gemeente in het basisjaar (zoals het Rotterdamse Wijkprofiel). ' +
  'Hoger betekent bij alle vier: meer problemen. Geregistreerde criminaliteit: misdrijven per 1.000 inwoners (CBS/Politie). ' +
  'Meldingen overlast: meldingen in de categorieën die de gemeente als overlast heeft aangemerkt (zoals overlast door personen, jeugd, drugs en horeca) per 1.000 inwoners. ' +
  'Slachtofferschap: % inwoners (15+) dat in 12 maanden slachtoffer werd (enquête). ' +
  'Onveiligheidsgevoel: % inwoners dat zich wel eens onveilig voelt in de eigen buurt (enquête); alleen als er geen enquête is: ' +
  '% antwoorden in de buurtpeiling met een cijfer 5 of lager voor ’s avonds — zelf aangemeld, geen steekproef. ' +
  'Index = 100 × waarde van het gebied ÷ waarde van de gemeente in het basisjaar. Enquêtecijfers van minder respondenten dan het minimum worden niet getoond. ' +
  'Gecombineerde index = gewogen gemiddelde van het objectieve deel (criminaliteit, meldingen) en het subjectieve deel (slachtofferschap, onveiligheidsgevoel).';

export interface IndexComponent {
  index: number | null;
  value: number | null;
  reference: number | null;
  unit: string;
  source: string;
  n: number | null;
  margin: number | null;
}

export interface AreaIndices {
  areaCode: string;
  areaName: string;
  level: Level;
  population: number | null;
  indices: Record<ComponentKey, IndexComponent>;
  combined: Combined;
  gaps: { component: ComponentKey; message: string }[];
  pulse: PulseStats | null;
}

export interface IndexOptions {
  year: number;
  baseYear?: number | undefined;
  weightObjective: number;
}

export function levelOf(code: string): Level {
  if (code.startsWith('BU')) return 'buurt';
  if (code.startsWith('WK')) return 'wijk';
  return 'gemeente';
}

/** Indices of every area of `level` (same base and sources for all, so they can be compared). */
export async function levelIndices(
  ctx: ServiceContext,
  s: Settings,
  level: Level,
  o: IndexOptions,
): Promise<{ baseYear: number; areas: AreaIndices[] }> {
  const baseYear = o.baseYear ?? o.year;
  const fromSurvey = await cityHasPerceivedSurvey(ctx, s, baseYear);
  const [data, city] = await Promise.all([
    levelData(ctx, s, level, o.year, fromSurvey),
    levelData(ctx, s, 'gemeente', baseYear, fromSurvey),
  ]);
  const ref = city.areas.find((a) => a.code === s.gemeente);
  const areas = data.areas.map((a) => {
    const gaps: AreaIndices['gaps'] = [];
    const indices = Object.fromEntries(
      COMPONENTS.map((k) => {
        const v = a.values[k];
        const r = ref?.values[k];
        if (v.gap) gaps.push({ component: k, message: v.gap });
        if (!r || r.value === null)
          gaps.push({ component: k, message: `Geen stadsgemiddelde voor het basisjaar ${baseYear}: ${r?.gap ?? 'geen gemeentecijfer'}` });
        const component: IndexComponent = {
          index: relativeIndex(v.value, r?.value ?? null),
          value: round2(v.value),
          reference: round2(r?.value ?? null),
          unit: v.unit,
          source: v.source,
          n: v.n,
          margin: v.margin,
        };
        return [k, component];
      }),
    ) as Record<ComponentKey, IndexComponent>;
    const combined = combineIndices(
      [indices.crime.index, indices.nuisance.index],
      [indices.victimisation.index, indices.perceived.index],
      o.weightObjective,
    );
    return {
      areaCode: a.code,
      areaName: a.name,
      level,
      population: a.population,
      indices,
      combined,
      gaps,
      pulse: data.pulse.get(a.code) ?? null,
    };
  });
  return { baseYear, areas };
}

const round2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

export async function safetyProfile(ctx: ServiceContext, s: Settings, code: string, o: IndexOptions) {
  if (o.baseYear !== undefined && o.baseYear > o.year) throw invalidInput([{ name: 'query.baseYear', reason: 'must not be after year' }]);
  const level = levelOf(code);
  const { baseYear, areas } = await levelIndices(ctx, s, level, o);
  const area = areas.find((a) => a.areaCode === code);
  if (!area) throw notFound('Area', code);
  const demo = await demoContributes(ctx, s.gemeente, code, [o.year, baseYear]);
  return { ...area, year: o.year, baseYear, orientation: 'higher-is-worse' as const, method: METHOD_TEXT, demo };
}
