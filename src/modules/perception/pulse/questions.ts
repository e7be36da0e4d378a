/** The residents' pulse questionnaire: fixed answer lists (codes in the API, Dutch labels). */

export const PULSE_PROBLEMS = [
  { code: 'drunk-people', label: 'Dronken mensen op straat' },
  { code: 'drugs', label: 'Drugsgebruik of drugshandel' },
  { code: 'harassment', label: 'Mensen die op straat worden lastiggevallen' },
  { code: 'loitering-youths', label: 'Rondhangende jongeren' },
  { code: 'litter', label: 'Rommel of zwerfafval op straat' },
  { code: 'dog-dirt', label: 'Hondenpoep' },
  { code: 'graffiti', label: 'Bekladding van muren of gebouwen' },
  { code: 'vandalism', label: 'Vernieling van straatmeubilair' },
  { code: 'burglary', label: 'Inbraak in woningen of schuurtjes' },
  { code: 'traffic', label: 'Te hard rijden of gevaarlijk verkeer' },
  { code: 'noise', label: 'Geluidsoverlast' },
  { code: 'poor-lighting', label: 'Slechte verlichting of donkere plekken' },
  { code: 'other', label: 'Iets anders' },
] as const;
export type PulseProblem = (typeof PULSE_PROBLEMS)[number]['code'];
export const PULSE_PROBLEM_CODES = PULSE_PROBLEMS.map((p) => p.code) as [PulseProblem, ...PulseProblem[]];

/** Age bands as in the CBS Veiligheidsmonitor (residents aged 15 and over). */
export const AGE_BANDS = ['15-24', '25-44', '45-64', '65-plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const STORY_MAX_LENGTH = 1000;
export const STORY_MIN_LENGTH = 10;

export const PRIVACY_NOTE =
  'Anoniem: we bewaren geen IP-adres, account of browsergegevens bij uw antwoord, alleen de dag. ' +
  'Een cookie op dit apparaat (alleen voor deze site en dit kwartaal) voorkomt dat u twee keer antwoordt; ' +
  'we bewaren alleen een onomkeerbare code daarvan. Schrijf geen namen, adressen of telefoonnummers in uw verhaal: ' +
  'een medewerker leest het eerst en haalt persoonsgegevens weg voordat iemand anders het ziet.';
