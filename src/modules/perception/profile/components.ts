/**
 * The four components of the safety profile for every area of one level in one year, and the
 * same quantities for the whole city (the reference of the indices):
 *   crime          registered crime per 1,000 inhabitants (incidents `countsByArea`, CBS/Politie)
 *   nuisance       nuisance reports per 1,000 inhabitants (signals, see signal-counts.ts)
 *   victimisation  % victim of traditional crime (survey indicator victim-total)
 *   perceived      % feeling unsafe in own buurt (survey feels-unsafe-buurt), or — only when the
 *                  survey lacks the area or the city — % pulse answers rating the night ≤ 5
 * Missing data is never filled in: the value stays null and a Dutch gap message says what is missing.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { listAreas } from '../../areas/index.ts';
import { countsByArea } from '../../incidents/index.ts';
import type { Disclosure } from '../../analysis/index.ts';
import { countRule } from '../counts-disclosure.ts';
import { ratePer1000 } from './indices.ts';
import { pulseByArea, type PulseStats } from '../pulse/stats.ts';
import { nuisanceCounts } from '../signal-counts.ts';
import { surveyFigures, type SurveyFigure } from '../survey/survey-service.ts';

export type Level = 'gemeente' | 'wijk' | 'buurt';
export const COMPONENTS = ['crime', 'nuisance', 'victimisation', 'perceived'] as const;
export type ComponentKey = (typeof COMPONENTS)[number];

export interface ComponentValue {
  value: number | null;
  unit: string;
  source: string;
  /** Respondents (survey) or answers (pulse); null for registered data or unknown n. */
  n: number | null;
  margin: number | null;
  gap: string | null;
}

export interface AreaValues {
  code: string;
  name: string;
  population: number | null;
  values: Record<ComponentKey, ComponentValue>;
}

export interface LevelData {
  areas: AreaValues[];
  /** Pulse of every area (for the perceived fallback and the report). */
  pulse: Map<string, PulseStats>;
}

export interface Settings {
  gemeente: string;
  minRespondents: number;
  pulseMinAnswers: number;
  /** Counts of residents' reports and incidents 1..n−1 are not shown to callers without analysis:detail (counts-disclosure.ts). */
  minCellCount: number;
}

const SURVEY = { victimisation: 'victim-total', perceived: 'feels-unsafe-buurt' } as const;
const LABEL: Record<Level, string> = { gemeente: 'de gemeente', wijk: 'deze wijk', buurt: 'deze buurt' };

function cv(
  value: number | null,
  unit: string,
  source: string,
  gap: string | null,
  n: number | null = null,
  margin: number | null = null,
): ComponentValue {
  return { value, unit, source, n, margin, gap: value === null ? gap : null };
}

async function crimeRates(ctx: ServiceContext, s: Settings, level: Level, year: number): Promise<Map<string, number | null> | null> {
  try {
    const rows = await countsByArea(ctx, { municipality: s.gemeente, level, year });
    return new Map(rows.map((r) => [r.areaCode, ratePer1000(r.count, r.population)]));
  } catch {
    return null;
  }
}

/** Nuisance reports per 1,000 inhabitants; null (with the reason) when the count may not be shown to the caller. */
function nuisanceValue(
  rule: Disclosure,
  count: number,
  population: number | null,
  anyNuisance: boolean,
  label: string,
  year: number,
): ComponentValue {
  const unit = 'per 1.000 inwoners';
  const source = 'meldingen overlast (Stadsveilig)';
  if (!anyNuisance) return cv(null, unit, source, `Geen meldingen van overlast in ${year} in de gemeente.`);
  if (rule.isHidden(count))
    return cv(null, unit, source, `Minder dan ${rule.min} meldingen van overlast in ${label} in ${year}: te weinig om te tonen.`);
  return cv(ratePer1000(count, population), unit, source, `Geen inwonertal voor ${label}.`);
}

function surveyValue(fig: SurveyFigure | undefined, label: string, year: number): ComponentValue {
  const source = 'enquête (Veiligheidsmonitor of eigen enquête)';
  if (!fig) return cv(null, '%', source, `Geen enquêtecijfer voor ${label} in ${year}.`);
  if (fig.suppressed)
    return cv(
      null,
      '%',
      source,
      `Enquêtecijfer voor ${label} in ${year} onderdrukt: ${fig.respondents} respondenten.`,
      fig.respondents,
      fig.margin,
    );
  return cv(fig.value, '%', fig.source, `Geen waarde gepubliceerd voor ${label} in ${year}.`, fig.respondents, fig.margin);
}

function perceivedValue(
  fig: SurveyFigure | undefined,
  pulse: PulseStats | undefined,
  useSurvey: boolean,
  label: string,
  year: number,
): ComponentValue {
  if (useSurvey) return surveyValue(fig, label, year);
  if (!pulse) return cv(null, '%', 'buurtpeiling', `Geen enquête en geen buurtpeiling voor ${label} in ${year}.`);
  if (pulse.suppressed)
    return cv(null, '%', 'buurtpeiling', `Geen enquête voor ${label} in ${year}; buurtpeiling te klein (${pulse.n} antwoorden).`, pulse.n);
  return cv(pulse.unsafeNightShare, '% antwoorden ’s avonds ≤ 5', 'buurtpeiling (zelf aangemeld, geen steekproef)', null, pulse.n);
}

/** Component values of every area of `level` in `year`. `perceivedFromSurvey` fixes the source. */
export async function levelData(
  ctx: ServiceContext,
  s: Settings,
  level: Level,
  year: number,
  perceivedFromSurvey: boolean,
): Promise<LevelData> {
  const collection = await listAreas(ctx, s.gemeente, { level });
  const [crime, nuisance, survey, pulse] = await Promise.all([
    crimeRates(ctx, s, level, year),
    level === 'gemeente'
      ? nuisanceCounts(ctx, s.gemeente, 'buurt', year).then((m) => new Map([[s.gemeente, [...m.values()].reduce((a, b) => a + b, 0)]]))
      : nuisanceCounts(ctx, s.gemeente, level, year),
    surveyFigures(ctx, {
      municipality: s.gemeente,
      years: [year],
      indicatorCodes: Object.values(SURVEY),
      minRespondents: s.minRespondents,
    }),
    pulseByArea(ctx, s.gemeente, level, year, s.pulseMinAnswers),
  ]);
  const anyNuisance = [...nuisance.values()].some((n) => n > 0);
  const rule = countRule(ctx, s);
  const fig = (code: string, ind: string) => survey.find((f) => f.areaCode === code && f.indicatorCode === ind);
  const areas = collection.features.map((f) => {
    const { code, name, population } = f.properties;
    const label = `${LABEL[level]} (${name})`;
    const rate = crime?.get(code) ?? null;
    return {
      code,
      name,
      population,
      values: {
        crime: cv(
          rate,
          'per 1.000 inwoners',
          'CBS/Politie geregistreerde misdrijven',
          crime ? `Geen misdrijfcijfer of inwonertal voor ${label} in ${year}.` : `Geen geregistreerde criminaliteit geladen voor ${year}.`,
        ),
        nuisance: nuisanceValue(rule, nuisance.get(code) ?? 0, population, anyNuisance, label, year),
        victimisation: surveyValue(fig(code, SURVEY.victimisation), label, year),
        perceived: perceivedValue(fig(code, SURVEY.perceived), pulse.get(code), perceivedFromSurvey, label, year),
      },
    };
  });
  return { areas, pulse };
}

/** Does the survey hold the perceived-safety indicator for the city in the base year? */
export async function cityHasPerceivedSurvey(ctx: ServiceContext, s: Settings, baseYear: number): Promise<boolean> {
  const [f] = await surveyFigures(ctx, {
    municipality: s.gemeente,
    areaCodes: [s.gemeente],
    years: [baseYear],
    indicatorCodes: [SURVEY.perceived],
    minRespondents: s.minRespondents,
  });
  return Boolean(f && f.value !== null);
}
