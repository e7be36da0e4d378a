/**
 * A case's links: a youth group (must exist in the register), an address with measures, incidents,
 * reports and decisions (by number or id). Members and the director add and remove them.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { conflict, invalidInput, notFoundBecause } from '../../../core/errors.ts';
import { youthGroupNames } from '../../youth-groups/index.ts';
import { openCase } from '../access/case-access.ts';
import { updateCase } from './case-store.ts';
import { deleteLink, insertLink } from './links-store.ts';
import type { CaseLinkKind } from '../tables.ts';

export interface LinkInput {
  kind: CaseLinkKind;
  ref: string;
  label?: string | null;
}

/** The label of a link: the youth group's name (400 when it does not exist), else the given label. */
export async function checkedLink(
  ctx: ServiceContext,
  gemeente: string,
  input: LinkInput,
): Promise<{ kind: CaseLinkKind; ref: string; label: string | null }> {
  if (input.kind !== 'youth-group') return { kind: input.kind, ref: input.ref, label: input.label || null };
  const name = (await youthGroupNames(ctx.db, gemeente, [input.ref])).get(input.ref);
  if (!name) throw invalidInput([{ name: 'body.ref', reason: 'deze jeugdgroep bestaat niet' }]);
  return { kind: 'youth-group', ref: input.ref, label: name };
}

export async function addLink(ctx: ServiceContext, gemeente: string, caseId: string, input: LinkInput): Promise<void> {
  await openCase(ctx, caseId, { operation: 'update', attributes: { part: 'links', kind: input.kind } });
  const link = await checkedLink(ctx, gemeente, input);
  if (!(await insertLink(ctx.db, caseId, link))) throw conflict('Deze koppeling bestaat al.');
  if (link.kind === 'youth-group') await updateCase(ctx.db, caseId, { youth_group_id: link.ref });
}

export async function removeLink(ctx: ServiceContext, caseId: string, linkId: string): Promise<void> {
  await openCase(ctx, caseId, { operation: 'update', attributes: { part: 'links' } });
  const gone = await deleteLink(ctx.db, caseId, linkId);
  if (!gone) throw notFoundBecause('Deze koppeling bestaat niet (meer).');
  if (gone.kind === 'youth-group') await updateCase(ctx.db, caseId, { youth_group_id: null });
}
