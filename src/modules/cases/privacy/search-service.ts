/**
 * The existence search (cases:search): is there a case for this person? It hashes the terms with the
 * installation's search key and matches the cases' keyed hashes — nothing is decrypted. A case open
 * to the caller answers with its id; any other answers only its reference and whom to ask (the
 * procesregisseur and their work e-mail), never the person, status, criteria or content. Every search
 * is in the processing log without its terms; a per-user limit stops enumeration.
 */
import { authorize, can, type ServiceContext } from '../../../core/context.ts';
import { tooManyRequests } from '../../../core/errors.ts';
import { recordProcessing } from '../../audit/index.ts';
import { accountSummary, reminderRecipients } from '../../users/index.ts';
import { caseAccessOrNull, caseSubject } from '../access/case-access.ts';
import type { FieldKey } from '../access/field-crypto.ts';
import { searchHashes } from '../access/field-crypto.ts';
import type { SearchLimiter } from './search-limit.ts';
import type { SearchReply } from './search-schema.ts';
import { casesWithSearchHashes, type SearchMatchRow } from './search-store.ts';

export interface SearchEnv {
  gemeente: string;
  key: FieldKey;
  limiter: SearchLimiter;
  now?: Date;
}

export interface SearchTerms {
  name?: string | undefined;
  birthDate?: string | undefined;
  bsn?: string | undefined;
}

/** The procesregisseur's name and work e-mail (only of an active account). */
async function directorOf(ctx: ServiceContext, directorId: string | null) {
  const director = directorId ? await accountSummary(ctx.db, directorId) : undefined;
  if (!director) return { directorName: null, directorContact: null };
  // reminderRecipients answers the one active account itself (the users module keeps e-mail addresses)
  const contact = director.status === 'active' ? await reminderRecipients(ctx.db, { userId: director.id, permission: 'cases:direct' }) : [];
  return { directorName: director.name, directorContact: contact.length === 1 ? contact[0]! : null };
}

async function answerOf(ctx: ServiceContext, row: SearchMatchRow, now: Date): Promise<SearchReply['matches'][number]> {
  const access = await caseAccessOrNull(ctx, row.id, now);
  if (access) return { open: true, id: row.id, reference: row.reference };
  const id = can(ctx.actor, 'cases:break-glass') ? row.id : null;
  return { open: false, id, reference: row.reference, ...(await directorOf(ctx, row.director_id)) };
}

export async function searchCases(ctx: ServiceContext, env: SearchEnv, terms: SearchTerms): Promise<SearchReply> {
  authorize(ctx, 'cases:search');
  const now = env.now ?? new Date();
  const wait = env.limiter.take(ctx.actor.kind === 'user' ? ctx.actor.userId : 'system', now);
  if (wait !== null) throw tooManyRequests(`U heeft het maximum van ${env.limiter.max} zoekvragen per uur bereikt.`, wait);
  const by = terms.bsn ? 'bsn' : 'name';
  const hashes =
    by === 'bsn'
      ? searchHashes(env.key, { bsn: terms.bsn ?? null })
      : searchHashes(env.key, { name: terms.name ?? null, birthDate: terms.birthDate ?? null });
  const rows = await casesWithSearchHashes(ctx.db, env.gemeente, hashes);
  const matches = [];
  for (const row of rows) matches.push(await answerOf(ctx, row, now));
  await logSearch(ctx, rows, by);
  return { exists: matches.length > 0, matches };
}

/** One record per matched case (its subject), or one without subject for no match; never the terms. */
async function logSearch(ctx: ServiceContext, rows: SearchMatchRow[], by: 'name' | 'bsn'): Promise<void> {
  const attributes = { matches: rows.length, by };
  if (rows.length === 0) {
    await recordProcessing(ctx, { activity: 'cases.search', operation: 'read', attributes });
    return;
  }
  for (const row of rows) {
    await recordProcessing(ctx, {
      activity: 'cases.search',
      operation: 'read',
      subject: caseSubject(row.id),
      legalBasis: row.legal_basis,
      attributes: { case: row.reference, ...attributes },
    });
  }
}
