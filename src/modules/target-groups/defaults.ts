/**
 * The six target groups of principle 5, seeded when a municipality has none (README: "Default
 * groups and their indicators"). Indicator categories are listed as candidates from both shipped
 * category trees (data/signals/gm0505-categories.json and default-categories.json); only those the
 * municipality has are stored. Crime types are CBS/Politie codes (data/cbs/47018NED_SoortMisdrijf.csv).
 */
import type { Programme } from './tables.ts';

export interface DefaultTargetGroup {
  key: string;
  nameNl: string;
  nameEn: string;
  description: string;
  /** Candidate report categories (slugs); those the municipality lacks are left out. */
  categories: readonly string[];
  crimeTypes: readonly string[];
  programmes: readonly Programme[];
}

const VEILIG_THUIS: Programme = {
  name: 'Veilig Thuis',
  description: 'Advies- en meldpunt huiselijk geweld en kindermishandeling (landelijk, 0800-2000).',
  url: 'https://veiligthuis.nl',
};

export const DEFAULT_TARGET_GROUPS: readonly DefaultTargetGroup[] = [
  {
    key: 'kwetsbare-ouderen',
    nameNl: 'Kwetsbare ouderen',
    nameEn: 'Vulnerable older people',
    description: 'Ouderen die slachtoffer kunnen worden van babbeltrucs, uitbuiting of verwaarlozing.',
    categories: ['zorgwekkende-situatie', 'vervuilde-woning'],
    crimeTypes: [],
    programmes: [],
  },
  {
    key: 'verward-gedrag',
    nameNl: 'Personen met verward gedrag',
    nameEn: 'People showing confused behaviour',
    description: 'Personen met verward gedrag: zorg en veiligheid samen (meldingen, niet de E33-registratie van de politie).',
    categories: ['verward-gedrag'],
    crimeTypes: [],
    programmes: [],
  },
  {
    key: 'lvb',
    nameNl: 'Licht-verstandelijke beperking (LVB)',
    nameEn: 'Mild intellectual disability',
    description: 'Inwoners met een licht-verstandelijke beperking; geen indicator in de bestaande gegevens.',
    categories: [],
    crimeTypes: [],
    programmes: [],
  },
  {
    key: 'huiselijk-geweld',
    nameNl: '(Relationeel) geweld en huiselijk geweld',
    nameEn: '(Relational) and domestic violence',
    description: 'Geweld binnen relaties en gezinnen; de open politiedata onderscheidt huiselijk geweld niet.',
    categories: [],
    crimeTypes: ['1.4.4', '1.4.5'],
    programmes: [VEILIG_THUIS],
  },
  {
    key: 'ex-gedetineerden',
    nameNl: 'Ex-gedetineerden in nazorg',
    nameEn: 'Former prisoners in aftercare',
    description: 'Nazorg na detentie (re-integratie); bewust zonder indicator: cijfers zouden naar personen wijzen.',
    categories: [],
    crimeTypes: [],
    programmes: [],
  },
  {
    key: 'jeugd',
    nameNl: 'Jeugd en jeugdgroepen',
    nameEn: 'Young people and youth groups',
    description: 'Jongeren en groepen jongeren: overlast, zorgen en groepsvorming.',
    categories: ['jeugdoverlast', 'zorg-jongeren', 'groepsoverlast', 'overlast-jeugd', 'overlast-personen-groepen'],
    crimeTypes: [],
    programmes: [],
  },
];
