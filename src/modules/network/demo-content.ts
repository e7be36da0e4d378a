/**
 * The network's demo content for Dordrecht: a dozen partner organisations of varied types named
 * "… (demo)", with the wijken/buurten they work in, made-up contact persons (clearly fictitious:
 * "A. Jansen (demo)", example.org addresses, 0000 numbers) and three agreements, one of which
 * expires within the warning period. The first five are the ones the demo missions work with.
 */
import type { AgreementKind, PartnerKind } from './tables.ts';

export interface DemoPartner {
  name: string;
  kind: PartnerKind;
  contactRole: string;
  description: string;
  /** Dordrecht CBS codes (left out for another municipality: city-wide). */
  areas: string[];
  contacts: Array<{ name: string; jobTitle: string; email: string; phone: string }>;
}

const contact = (name: string, jobTitle: string, mailbox: string, n: number) => ({
  name: `${name} (demo)`,
  jobTitle,
  email: `${mailbox}@example.org`,
  phone: `0780000${String(n).padStart(3, '0')}`,
});

/** The demo partners the missions demo uses, by a short key. */
export const DEMO_PARTNERS = {
  police: {
    name: 'Politie basisteam (demo)',
    kind: 'police',
    contactRole: 'wijkagent',
    description: 'Surveillance, aanhoudingen en informatie uit de politiesystemen.',
    areas: [],
    contacts: [
      contact('A. Jansen', 'wijkagent Binnenstad', 'wijkagent.binnenstad', 1),
      contact('R. de Vries', 'wijkagent Crabbehof', 'wijkagent.crabbehof', 2),
    ],
  },
  housing: {
    name: 'Woningcorporatie (demo)',
    kind: 'housing-corporation',
    contactRole: 'wijkconsulent',
    description: 'Hang- en sluitwerk, verlichting in portieken en gesprekken met huurders.',
    areas: ['WK050503', 'WK050504', 'WK050508'],
    contacts: [contact('M. Bakker', 'wijkconsulent', 'wijkconsulent', 3)],
  },
  youth: {
    name: 'Jongerenwerk (demo)',
    kind: 'youth-work',
    contactRole: 'ambulant jongerenwerker',
    description: 'Contact met jongeren op straat en activiteiten in de avonduren.',
    areas: ['WK050507', 'WK050508'],
    contacts: [contact('S. Visser', 'ambulant jongerenwerker', 'jongerenwerk', 4)],
  },
  social: {
    name: 'Sociaal wijkteam (demo)',
    kind: 'social-team',
    contactRole: 'coördinator',
    description: 'Hulp aan gezinnen en jongeren achter de overlast.',
    areas: ['WK050503', 'WK050504'],
    contacts: [contact('L. Smit', 'coördinator wijkteam', 'wijkteam', 5), contact('K. Mulder', 'maatschappelijk werker', 'wijkteam.mw', 6)],
  },
  residents: {
    name: 'Buurtpreventie (demo)',
    kind: 'residents-association',
    contactRole: 'contactpersoon van het team',
    description: 'Bewoners die samen rondes lopen en signalen doorgeven.',
    areas: ['BU05050800', 'BU05050801'],
    contacts: [contact('P. de Boer', 'coördinator buurtpreventie', 'buurtpreventie', 7)],
  },
} satisfies Record<string, DemoPartner>;
export type DemoPartnerKey = keyof typeof DEMO_PARTNERS;

/** The other demo partners (the network pages only). */
export const MORE_DEMO_PARTNERS: DemoPartner[] = [
  {
    name: 'Basisschool De Regenboog (demo)',
    kind: 'school',
    contactRole: 'intern begeleider',
    description: 'Signalen over kinderen en schoolomgeving; verkeersveiligheid rond de school.',
    areas: ['BU05050700', 'BU05050701'],
    contacts: [contact('H. Meijer', 'intern begeleider', 'ib.regenboog', 8)],
  },
  {
    name: 'Zorgaanbieder GGZ (demo)',
    kind: 'care-provider',
    contactRole: 'wijk-GGZ-verpleegkundige',
    description: 'Ondersteuning bij personen met verward gedrag; bemoeizorg.',
    areas: [],
    contacts: [contact('E. Bos', 'wijk-GGZ-verpleegkundige', 'wijkggz', 9)],
  },
  {
    name: 'Moskee-vereniging (demo)',
    kind: 'faith-community',
    contactRole: 'bestuurslid contacten',
    description: 'Contact met gemeenschap en jongeren; voorlichtingsavonden.',
    areas: ['WK050504'],
    contacts: [contact('Y. Demir', 'bestuurslid', 'moskee', 10)],
  },
  {
    name: 'Ondernemersvereniging Binnenstad (demo)',
    kind: 'business-association',
    contactRole: 'secretaris',
    description: 'Winkeliers in de binnenstad; collectieve beveiliging en keurmerk veilig ondernemen.',
    areas: ['WK050501'],
    contacts: [contact('T. van Dijk', 'secretaris', 'ondernemers', 11)],
  },
  {
    name: 'Voetbalvereniging (demo)',
    kind: 'sports-club',
    contactRole: 'jeugdcoördinator',
    description: 'Sport als ontmoeting voor jongeren uit de wijk.',
    areas: ['WK050509'],
    contacts: [contact('J. Hendriks', 'jeugdcoördinator', 'vv.jeugd', 12)],
  },
  {
    name: 'Bewonersvereniging Crabbehof (demo)',
    kind: 'residents-association',
    contactRole: 'voorzitter',
    description: 'Bewonersoverleg en schouw van de openbare ruimte.',
    areas: ['WK050508'],
    contacts: [contact('F. Peters', 'voorzitter', 'bewoners.crabbehof', 13)],
  },
  {
    name: 'Openbaar Ministerie (demo)',
    kind: 'public-prosecutor',
    contactRole: 'officier van justitie (wijk)',
    description: 'Strafrechtelijke aanpak in het veiligheidshuis.',
    areas: [],
    contacts: [contact('B. Koster', 'officier van justitie', 'om.dordrecht', 14)],
  },
];

export interface DemoAgreement {
  /** Name of the demo partner it is created under, and of the other parties. */
  under: string;
  others: string[];
  kind: AgreementKind;
  title: string;
  legalBasis: string | null;
  dataCovered: string;
  areas: string[];
  /** Start and end relative to the day the demo is loaded (days). */
  startDays: number;
  endDays: number | null;
}

export const DEMO_AGREEMENTS: DemoAgreement[] = [
  {
    under: DEMO_PARTNERS.police.name,
    others: [DEMO_PARTNERS.social.name, 'Zorgaanbieder GGZ (demo)'],
    kind: 'information-sharing',
    title: 'Convenant gegevensdeling personen met verward gedrag (demo)',
    legalBasis: 'art. 6 lid 1 sub e AVG / art. 20 Wpg',
    dataCovered: 'Naam, adres en signalen van personen met verward gedrag, alleen binnen het casusoverleg.',
    areas: [],
    startDays: -700,
    endDays: 40,
  },
  {
    under: DEMO_PARTNERS.housing.name,
    others: [DEMO_PARTNERS.police.name],
    kind: 'convenant',
    title: 'Convenant Veilig Wonen Krispijn (demo)',
    legalBasis: null,
    dataCovered: 'Afspraken over hang- en sluitwerk en verlichting; geen persoonsgegevens.',
    areas: ['WK050503', 'WK050504'],
    startDays: -200,
    endDays: 900,
  },
  {
    under: 'Ondernemersvereniging Binnenstad (demo)',
    others: [DEMO_PARTNERS.police.name],
    kind: 'other',
    title: 'Keurmerk Veilig Ondernemen Binnenstad (demo)',
    legalBasis: null,
    dataCovered: 'Afspraken over winkelsurveillance en cameratoezicht.',
    areas: ['WK050501'],
    startDays: -30,
    endDays: null,
  },
];
