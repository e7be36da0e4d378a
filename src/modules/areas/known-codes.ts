/** The codes of every area a municipality has had in any vintage (for importers that check an area code). */
import type { ServiceContext } from '../../core/context.ts';

export async function knownAreaCodes(ctx: Pick<ServiceContext, 'db'>, gemeente: string): Promise<Set<string>> {
  const rows = await ctx.db.selectFrom('areas').select('code').distinct().where('gemeente_code', '=', gemeente).execute();
  return new Set(rows.map((r) => r.code));
}
