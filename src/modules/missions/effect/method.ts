/** The method and caveat texts written next to every effect figure (Dutch: the product's first language). */
import type { PoissonDid, WddResult } from '../../analysis/index.ts';

export interface MethodFacts {
  scopeText: string;
  before: { from: string; to: string };
  after: { from: string; to: string };
  comparisonCount: number;
  comparisonSuggested: boolean;
  ringText: string;
  crimeText: string;
}

/** A number with a decimal comma, as Dutch readers expect ("-0,25"). */
export const nlDecimal = (v: number, digits = 2) => v.toFixed(digits).replace('.', ',');

export function methodText(f: MethodFacts): string {
  const n = f.comparisonCount;
  return [
    `Maryland-niveau 3: voor- en nameting met een vergelijkingsgebied. Geregistreerde criminaliteit (${f.crimeText}, op incidentniveau) in ${f.scopeText},`,
    `vóór ${f.before.from} – ${f.before.to} tegenover na ${f.after.from} – ${f.after.to} (perioden van gelijke lengte; de einddatum telt niet mee).`,
    `Vergelijking: ${n} ${n === 1 ? 'buurt' : 'buurten'}, ${f.comparisonSuggested ? 'automatisch voorgesteld op vergelijkbaar niveau en verloop in de 24 maanden vóór de start (afstand op log-niveau en log-helling)' : 'gekozen door de analist'}.`,
    'Effect: verschil-in-verschillen (Poisson), incidence rate ratio (IRR) = (T_na/T_voor)/(C_na/C_voor), met T het doelgebied en C het vergelijkingsgebied, en een 95%-betrouwbaarheidsinterval volgens Wald: exp(log IRR ± 1,96·√(1/T0+1/T1+1/C0+1/C1)).',
    `Verplaatsing en uitstraling: weighted displacement difference (Wheeler & Ratcliffe 2018) met ${f.ringText}.`,
  ].join(' ');
}

export function caveats(did: PoissonDid | null, wdd: WddResult | null, preSlopes: { target: number; comparison: number } | null): string[] {
  const out = [
    'Geregistreerde criminaliteit hangt af van de aangiftebereidheid en van de inzet van de politie; een maatregel die meer aangiftes oplevert, kan eruitzien als een stijging.',
    'Andere veranderingen in dezelfde periode en hetzelfde gebied (andere maatregelen, evenementen, nieuwbouw) zijn niet te scheiden van deze maatregel.',
  ];
  if (did?.continuityCorrected)
    out.push('Een telling was nul; daarom is bij alle vier de cellen 0,5 opgeteld (correctie van Haldane–Anscombe).');
  if (preSlopes && Math.abs(preSlopes.target - preSlopes.comparison) > 0.25) {
    out.push(
      `De trends in de periode vóór de start lopen uiteen (log-helling per jaar ${nlDecimal(preSlopes.target)} tegenover ${nlDecimal(preSlopes.comparison)}): de aanname van parallelle trends is twijfelachtig; overweeg andere vergelijkingsbuurten.`,
    );
  }
  if (wdd && wdd.displacement > 0)
    out.push(
      'De ring rond het doelgebied is gestegen ten opzichte van de ring rond de vergelijkingsbuurten: mogelijk verplaatsing naar de omgeving.',
    );
  if (wdd && wdd.displacement < 0)
    out.push(
      'De ring rond het doelgebied is gedaald ten opzichte van de ring rond de vergelijkingsbuurten: mogelijk uitstraling van het effect naar de omgeving (diffusion of benefits).',
    );
  return out;
}
