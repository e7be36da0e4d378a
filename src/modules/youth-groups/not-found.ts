/** 404 for the youth-groups module with a Dutch detail (shown as is on the pages). */
import { notFoundBecause } from '../../core/errors.ts';

export const groupNotFound = (id: string) => notFoundBecause(`Jeugdgroep '${id}' bestaat niet.`);
