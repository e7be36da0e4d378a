/** 404 for the missions module with a Dutch detail (shown as is on the pages); the catalogue's `notFoundBecause`. */
import { notFoundBecause } from '../../core/errors.ts';

const NAMES = { Mission: 'Opgave', Measure: 'Maatregel', Goal: 'Doel', Evidence: 'Bewijs', 'Public mission': 'Publieke opgave' } as const;

export const notFound = (what: keyof typeof NAMES, id: string) => notFoundBecause(`${NAMES[what]} '${id}' bestaat niet.`);
