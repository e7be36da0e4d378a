/** 404 for the network module with a Dutch detail (shown as is on the pages). */
import { notFoundBecause } from '../../core/errors.ts';

const NAMES = {
  Partner: 'Partner',
  Participant: 'Deelnemer',
  Mission: 'Opgave',
  'Partner member': 'Account van deze partner',
  Contact: 'Contactpersoon',
  Agreement: 'Afspraak',
} as const;

export const notFound = (what: keyof typeof NAMES, id: string) => notFoundBecause(`${NAMES[what]} '${id}' bestaat niet.`);
