/** 404 for the missions module with a Dutch detail (shown as is on the pages); same type, title and status as core `notFound`. */
import { AppError } from '../../core/errors.ts';

const NAMES = {
  Mission: 'Opgave', Measure: 'Maatregel', Goal: 'Doel', Evidence: 'Bewijs', Participant: 'Deelnemer', Partner: 'Partner', 'Public mission': 'Publieke opgave',
} as const;

export const notFound = (what: keyof typeof NAMES, id: string) => new AppError(404, 'not-found', 'Not found', `${NAMES[what]} '${id}' bestaat niet.`);
