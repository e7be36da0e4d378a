/** SQL of a case's links to other records (youth group, address, incident, report, decision). */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.ts';
import type { CaseLinkKind } from '../tables.ts';

export async function linkRows(db: Db, caseId: string) {
  return db
    .selectFrom('case_links')
    .select(['id', 'kind', 'ref', 'label', 'created_at'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Inserts the link; false when the case already has it. */
export async function insertLink(db: Db, caseId: string, l: { kind: CaseLinkKind; ref: string; label: string | null }): Promise<boolean> {
  const rows = await db
    .insertInto('case_links')
    .values({ id: randomUUID(), case_id: caseId, kind: l.kind, ref: l.ref, label: l.label })
    .onConflict((oc) => oc.columns(['case_id', 'kind', 'ref']).doNothing())
    .returning('id')
    .execute();
  return rows.length > 0;
}

export async function deleteLink(db: Db, caseId: string, id: string) {
  return db.deleteFrom('case_links').where('case_id', '=', caseId).where('id', '=', id).returning(['kind', 'ref']).executeTakeFirst();
}
