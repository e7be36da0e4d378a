/** Date columns as text on both engines. */
import { sql } from 'kysely';

/** A date column as 'YYYY-MM-DD' text on both engines (pg would turn `date` into a local-midnight Date). */
export const dateText = (column: string) => sql<string | null>`${sql.ref(column)}::text`;
