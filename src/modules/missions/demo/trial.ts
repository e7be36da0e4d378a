/**
 * The demo compliance trial: a behavioural measure in the demo youth mission ("normbrief" against
 * waste dumped beside containers) run as a randomised trial over the ten buurten with the most
 * residents' reports of waste dumping (signals `afval-dumping`) in the eight months before `now`
 * — or, without demo reports, the ten buurten with the most registered vandalism before the last
 * incident. Set up, randomised with a fixed seed and registered through the trial services, with
 * a four-month baseline and a four-month trial that both lie in the past, so the analysis runs on
 * the demo data and shows its method text. The demo data hold no effect of the letter; the
 * analysis says so honestly.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { eventTableOf, getIncidentColumns, selectEvents } from '../../incidents/index.ts';
import { signalEvents } from '../../signals/index.ts';
import { aggregateContext } from '../aggregate-context.ts';
import { createMeasure } from '../measures/measure-service.ts';
import type { TrialInput } from '../trials/schema.ts';
import { putTrial, randomiseTrial, registerTrial } from '../trials/trial-service.ts';
import { addMonths } from './content.ts';

export const DEMO_TRIAL_SEED = '20260512';
const UNITS = 10;
const WASTE = ['afval-dumping'];
const VANDALISM = ['2.2.1', '1.6.1'];

const top = (counts: Map<string, number>) =>
  [...counts]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, UNITS)
    .map(([code]) => code);

async function wasteBuurten(ctx: ServiceContext, gemeente: string, from: string, to: string): Promise<string[]> {
  const ev = await signalEvents(aggregateContext(ctx), gemeente, {
    from: new Date(`${from}T00:00:00Z`),
    to: new Date(`${to}T00:00:00Z`),
    categories: WASTE,
  });
  const counts = new Map<string, number>();
  for (const b of ev.buurtCode) if (b) counts.set(b, (counts.get(b) ?? 0) + 1);
  return top(counts);
}

async function vandalismBuurten(ctx: ServiceContext, gemeente: string, from: string, to: string): Promise<string[]> {
  const cols = await getIncidentColumns(ctx, gemeente);
  const minute = (d: string) => Math.floor(Date.parse(`${d}T00:00:00Z`) / 60_000);
  const { idx } = selectEvents(eventTableOf(cols), { fromMin: minute(from), toMin: minute(to), types: VANDALISM });
  const counts = new Map<string, number>();
  for (const k of idx) {
    const b = cols.areas.codes[cols.buurt[k]!];
    if (b) counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  return top(counts);
}

/** The trial's design over the demo data, or null when there are not enough buurten with data. */
async function demoDesign(ctx: ServiceContext, gemeente: string, now: Date, lastIncident: number): Promise<TrialInput | null> {
  const base = {
    design: 'randomised' as const,
    hypothesis:
      'Als bewoners bij de containers een brief krijgen met de buurtnorm ("9 op de 10 buren zetten niets naast de container"), dan dalen de meldingen van bijgeplaatst afval, omdat de norm zichtbaar wordt.',
    expectedDirection: 'decrease' as const,
  };
  const periods = (end: string) => ({
    baselineFrom: addMonths(end, -8),
    baselineTo: addMonths(end, -4),
    trialFrom: addMonths(end, -4),
    trialTo: end,
  });
  const signalsEnd = addMonths(now.toISOString().slice(0, 10), 0);
  const p = periods(signalsEnd);
  const waste = await wasteBuurten(ctx, gemeente, p.baselineFrom, p.trialTo);
  if (waste.length === UNITS)
    return { ...base, ...p, units: { kind: 'buurten', codes: waste }, indicator: { source: 'signals', categories: WASTE } };
  const q = periods(addMonths(new Date(lastIncident).toISOString().slice(0, 10), 0));
  const vandalism = await vandalismBuurten(ctx, gemeente, q.baselineFrom, q.trialTo);
  if (vandalism.length < 8) return null;
  return { ...base, ...q, units: { kind: 'buurten', codes: vandalism }, indicator: { source: 'incidents', crimeTypes: VANDALISM } };
}

/** Adds the trial measure to the mission; a line for the demo report. */
export async function createDemoTrial(
  ctx: ServiceContext,
  gemeente: string,
  missionId: string,
  now: Date,
  lastIncident: number,
): Promise<string> {
  const design = await demoDesign(ctx, gemeente, now, lastIncident);
  if (!design) return 'missions: no demo trial (too few buurten with reports or incidents)';
  const measure = await createMeasure(ctx, gemeente, missionId, {
    title: 'Normbrief tegen bijgeplaatst afval (proef)',
    description: 'Een brief met de buurtnorm bij de containers, eerst als proef in de helft van de buurten (door loting).',
    type: 'behavioural',
    status: 'finished',
    startDate: design.trialFrom,
    endDate: addMonths(design.trialTo, 0, 1),
    design: {
      easy: 'De brief zegt waar en wanneer grofvuil gratis wordt opgehaald, met één telefoonnummer.',
      attractive: 'Een tekening van de eigen straat en een bedankje van de buurtbeheerder.',
      social: 'De norm: 9 op de 10 buren zetten niets naast de container.',
      timely: 'In de bus op de dag vóór de ophaaldag.',
    },
    hypothesis: design.hypothesis,
  });
  await putTrial(ctx, gemeente, missionId, measure.id, design);
  await randomiseTrial(ctx, gemeente, missionId, measure.id, DEMO_TRIAL_SEED);
  await registerTrial(ctx, gemeente, missionId, measure.id);
  const source = design.indicator.source === 'signals' ? 'meldingen afval' : 'vernielingen';
  return `missions: demo trial over ${design.units.kind === 'buurten' ? design.units.codes.length : 0} buurten (${source}, seed ${DEMO_TRIAL_SEED})`;
}
