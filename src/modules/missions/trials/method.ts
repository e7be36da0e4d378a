/** The Dutch method text of a trial analysis: design, units, seed, indicator, periods, test, limitations. */
import { EXACT_LIMIT, MONTE_CARLO_DRAWS } from './permutation.ts';
import { MIN_PER_ARM, MIN_PER_STEP, type Inference } from './analysis.ts';
import type { TrialPeriod } from './periods.ts';
import type { TrialRow } from './trial-store.ts';

const nl = (x: number, digits = 2) => x.toLocaleString('nl-NL', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const period = (p: TrialPeriod) => `${p.from} t/m de dag vóór ${p.to}`;

function designText(t: TrialRow, units: number): string {
  const kind = t.units.kind === 'buurten' ? 'buurten' : 'benoemde eenheden (zoals straten, bakken of parkeerzones)';
  const alloc =
    t.design === 'randomised'
      ? 'Het platform verdeelde de eenheden gelijk over een proefgroep en een controlegroep (bij een oneven aantal één meer in de proefgroep)'
      : `Stepped wedge met ${t.steps} stappen: het platform verdeelde de eenheden gelijk over de stappen; elke stap gaat aan het begin van zijn periode over van controle naar maatregel`;
  return (
    `Ontwerp: ${alloc}, door loting met zaad (seed) ${t.seed} — SplitMix64 en een Fisher–Yates-schudding van de eenheden ` +
    `op volgorde van code; met dit zaad is de loting na te doen. Eenheden: ${units} ${kind}. ` +
    `Vooraf geregistreerd op ${t.registered_at ? new Date(t.registered_at).toISOString().slice(0, 16).replace('T', ' ') : '—'} (UTC): ` +
    `hypothese, primaire indicator, eenheden, loting en perioden lagen toen vast.`
  );
}

function testText(t: TrialRow, r: Inference, valueUnit: string): string {
  if (!r.inferencePossible) {
    const min = t.design === 'randomised' ? `${MIN_PER_ARM} eenheden per groep` : `${MIN_PER_STEP} eenheden per stap`;
    return `Toetsing: niet mogelijk — er zijn minder dan ${min} met volledige waarden. Met zo weinig eenheden zegt een verschil niets over de werking van de maatregel; alleen de beschrijving wordt getoond.`;
  }
  const how =
    r.pMethod === 'exact'
      ? `exact, over alle ${r.allocationsCompared} mogelijke lotingen`
      : `benaderd met ${MONTE_CARLO_DRAWS} herlotingen met hetzelfde zaad (meer dan ${EXACT_LIMIT} mogelijke lotingen)`;
  const est = `Schatting: ${nl(r.estimate ?? 0)} ${valueUnit}`;
  if (t.design === 'randomised')
    return (
      `Uitkomst: de verandering per eenheid (proefperiode min nulmeting); de schatting is het verschil in gemiddelde verandering, proefgroep min controlegroep. ` +
      `${est}, 95%-betrouwbaarheidsinterval ${nl(r.ci!.lower)} tot ${nl(r.ci!.upper)} (Welch, ${nl(r.ci!.df, 1)} vrijheidsgraden, t-verdeling). ` +
      `Randomisatietoets (tweezijdig): p = ${nl(r.pValue!, 3)}, ${how}.`
    );
  return (
    `Uitkomst: per periode de verandering ten opzichte van de nulmeting; per periode het verschil tussen eenheden die al over zijn en eenheden die nog niet over zijn (verticale analyse), ` +
    `gecombineerd met gewichten n₁·n₂/(n₁+n₂). ${est}. Permutatietoets over de volgorde van de stappen (tweezijdig): p = ${nl(r.pValue!, 3)}, ${how}. Er is geen betrouwbaarheidsinterval berekend.`
  );
}

export function limitationsOf(t: TrialRow, missing: number, final: boolean): string[] {
  const out = [
    'Eén primaire indicator, vooraf vastgelegd; andere uitkomsten zijn verkennend.',
    'Verplaatsing of uitstraling naar naburige eenheden kan het verschil kleiner of groter maken (eenheden zijn niet onafhankelijk).',
  ];
  if (t.indicator.source !== 'manual')
    out.push(
      'Tellingen per buurt zijn klein en wisselen toevallig; ze gaan per 30 dagen zodat perioden van ongelijke lengte vergelijkbaar zijn.',
    );
  if (t.design === 'stepped-wedge')
    out.push(
      'Tijdstrends en seizoen vallen samen met het moment van overstappen; de verticale analyse vergelijkt daarom alleen binnen een periode.',
    );
  if (missing > 0) out.push(`${missing} eenheid/eenheden zonder volledige waarden tellen niet mee.`);
  if (!final) out.push('De proefperiode is nog niet voorbij: dit is een tussenstand, geen eindanalyse.');
  return out;
}

export function methodText(
  t: TrialRow,
  periods: readonly TrialPeriod[],
  r: Inference,
  info: { units: number; valueUnit: string; indicatorLabel: string; limitations: string[] },
): string {
  const direction = t.expected_direction === 'decrease' ? 'daling' : 'stijging';
  return [
    designText(t, info.units),
    `Hypothese: ${t.hypothesis} Verwachte richting: ${direction}.`,
    `Primaire indicator: ${info.indicatorLabel}, in ${info.valueUnit}.`,
    `Perioden: ${periods.map((p) => `${p.key === 'baseline' ? 'nulmeting' : p.key === 'trial' ? 'proef' : p.key.replace('period-', 'periode ')} ${period(p)}`).join('; ')}.`,
    testText(t, r, info.valueUnit),
    `Beperkingen: ${info.limitations.join(' ')}`,
  ].join('\n\n');
}

export function indicatorLabel(t: TrialRow): string {
  const i = t.indicator;
  if (i.source === 'incidents') return `geregistreerde incidenten van de soorten ${i.crimeTypes.join(', ')}`;
  if (i.source === 'signals') return `meldingen van bewoners in de categorieën ${i.categories.join(', ')}`;
  if (i.source === 'enforcement') return `BOA-registraties (waarschuwingen en boetes) met de feitcodes ${i.feitCodes.join(', ')}`;
  return `${i.name}, handmatig per eenheid en periode ingevoerd`;
}
