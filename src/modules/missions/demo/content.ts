/**
 * The words of the two demo missions: problem analysis, goals, measures (with the demo partners
 * of the network module and, for the youth mission, the gebiedsverbod of art. 172a Gemeentewet),
 * log entries and the public summary. Dates are relative to the mission's start; no persons.
 */
import type { DemoPartnerKey } from '../../network/index.ts';
import type { MissionPlan } from './plan.ts';

/** YYYY-MM-DD `months` after `iso` (negative: before); days clamp to the 1st, as the plan's start. */
export function addMonths(iso: string, months: number, day = 1): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, day)).toISOString().slice(0, 10);
}

export interface DemoMeasure {
  title: string;
  description: string;
  type: 'preventive' | 'repressive' | 'care' | 'behavioural' | 'administrative-power';
  powerKind?: 'gebiedsverbod' | 'camera';
  partner: DemoPartnerKey | null;
  startMonths: number;
  design?: { easy: string; attractive: string; social: string; timely: string };
  hypothesis?: string;
}

export interface DemoMission {
  key: 'burglary' | 'youth';
  title: (wijk: string) => string;
  problem: (wijk: string, buurten: string, p: MissionPlan) => string;
  times: string;
  priority: 'high' | 'medium';
  goalTitle: string;
  reduction: number;
  measures: DemoMeasure[];
  participants: { partner: DemoPartnerKey; role: string }[];
  log: { kind: 'decision' | 'meeting' | 'note'; months: number; title: string; body: string }[];
  impact: [number, string];
  feasibility: [number, string];
}

export const BURGLARY: DemoMission = {
  key: 'burglary',
  title: (wijk) => `Woninginbraak in ${wijk}`,
  problem: (wijk, buurten, p) =>
    `${wijk} had in de twaalf maanden vóór ${p.start} de meeste geregistreerde woninginbraken van de stad, ` +
    `vooral in ${buurten} (hotspots). De inbraken vallen op doordeweekse dagen in de late middag en vroege avond, ` +
    'als het donker wordt en bewoners nog niet thuis zijn (hottimes); veel daders komen via de achterkant binnen, ' +
    'door slecht afgesloten deuren en ramen. Bewoners melden dat ze zich minder veilig voelen na een inbraak in de straat. ' +
    'Dit is een demo-opgave op synthetische gegevens.',
  times: 'doordeweeks, eind van de middag en begin van de avond',
  priority: 'high',
  goalTitle: 'Een kwart minder woninginbraken in het gebied',
  reduction: 0.75,
  measures: [
    {
      title: 'Preventie-avonden en gratis check van hang- en sluitwerk',
      description: 'De corporatie controleert achterdeuren en ramen en vervangt slechte sloten; bewoners krijgen tips op een buurtavond.',
      type: 'preventive',
      partner: 'housing',
      startMonths: 0,
    },
    {
      title: 'Gerichte surveillance op doordeweekse avonden',
      description: 'Extra rondes van politie en handhaving in de drukste uren, afgestemd op de hottimes van de analyse.',
      type: 'repressive',
      partner: 'police',
      startMonths: 0,
    },
    {
      title: 'Waaks: buurtpreventie met een meldapp',
      description: 'Bewoners lopen samen rondes en geven verdachte situaties direct door aan de politie.',
      type: 'behavioural',
      partner: 'residents',
      startMonths: 1,
      design: {
        easy: 'Aanmelden met één QR-code op de buurtflyer; een vaste route per avond.',
        attractive: 'Herkenbare hesjes en een maandelijkse terugkoppeling van wat de meldingen opleverden.',
        social: 'Buren nodigen buren uit; het aantal deelnemers per straat staat op de flyer.',
        timely: 'Flyers in de week na een inbraak in de straat, als de aandacht het grootst is.',
      },
      hypothesis: 'Als meer bewoners op de drukke uren rondlopen, dan daalt het aantal inbraken, omdat daders gezien worden.',
    },
  ],
  participants: [
    { partner: 'police', role: 'surveillance en opsporing' },
    { partner: 'housing', role: 'hang- en sluitwerk, verlichting' },
    { partner: 'residents', role: 'rondes en signalen' },
  ],
  log: [
    {
      kind: 'decision',
      months: -1,
      title: 'Driehoek stemt in met de aanpak',
      body: 'Gebied, doelen en maatregelen vastgesteld; evaluatie na een jaar.',
    },
    {
      kind: 'meeting',
      months: 1,
      title: 'Startbijeenkomst met de partners',
      body: 'Afspraken over de rondes en de terugkoppeling aan bewoners.',
    },
    { kind: 'note', months: 4, title: 'Eerste tussenstand besproken', body: 'De deelname aan de preventie-avonden is hoger dan verwacht.' },
  ],
  impact: [4, 'Inbraak raakt bewoners hard en het gebied heeft de meeste inbraken van de stad.'],
  feasibility: [4, 'Bewezen aanpak met partners die al in de wijk actief zijn.'],
};

export const YOUTH: DemoMission = {
  key: 'youth',
  title: (wijk) => `Overlast jongeren in ${wijk}`,
  problem: (wijk, buurten, p) =>
    `In ${wijk}, vooral in ${buurten}, werden in de twaalf maanden vóór ${p.start} de meeste vernielingen van de stad geregistreerd. ` +
    'Een vaste groep jongeren verzamelt zich op vrijdag- en zaterdagavond bij het winkelplein; bewoners melden geluidsoverlast, ' +
    'vernielde bankjes en intimidatie. Een deel van de groep is bekend bij het sociaal wijkteam. ' +
    'Dit is een demo-opgave op synthetische gegevens.',
  times: 'vrijdag- en zaterdagavond',
  priority: 'medium',
  goalTitle: 'Een vijfde minder vernielingen in het gebied',
  reduction: 0.8,
  measures: [
    {
      title: 'Jongerenwerk op straat op vrijdag- en zaterdagavond',
      description: 'Ambulante jongerenwerkers zoeken de groep op en bieden activiteiten in het buurthuis aan.',
      type: 'preventive',
      partner: 'youth',
      startMonths: 0,
    },
    {
      title: 'Gebiedsverbod voor de kern van de groep',
      description: 'De burgemeester legt een gebiedsverbod op aan wie ondanks waarschuwingen de openbare orde blijft verstoren.',
      type: 'administrative-power',
      powerKind: 'gebiedsverbod',
      partner: null,
      startMonths: 2,
    },
    {
      title: 'Gesprekken met gezinnen door het sociaal wijkteam',
      description: 'Ouders van jongeren uit de groep krijgen een gesprek en waar nodig hulp.',
      type: 'care',
      partner: 'social',
      startMonths: 1,
    },
  ],
  participants: [
    { partner: 'police', role: 'handhaving en signalen' },
    { partner: 'youth', role: 'contact met de groep' },
    { partner: 'social', role: 'hulp aan gezinnen' },
  ],
  log: [
    {
      kind: 'meeting',
      months: -1,
      title: 'Casusoverleg over de jongerengroep',
      body: 'Beeld van de groep gedeeld; geen namen in dit logboek.',
    },
    {
      kind: 'decision',
      months: 2,
      title: 'Burgemeester besluit tot gebiedsverboden',
      body: 'Op grond van art. 172a Gemeentewet, voor drie maanden.',
    },
    { kind: 'note', months: 3, title: 'Bewonersavond gehouden', body: 'Bewoners merken minder geluidsoverlast op vrijdagavond.' },
  ],
  impact: [3, 'Veel meldingen van overlast en een groeiend aantal vernielingen.'],
  feasibility: [3, 'Vraagt samenwerking van zorg, jongerenwerk en handhaving.'],
};
