/** 404 for the initiatives module with a Dutch detail (shown as is on the pages). */
import { notFoundBecause } from '../../core/errors.ts';

export const initiativeNotFound = (id: string) => notFoundBecause(`Initiatief '${id}' bestaat niet.`);
