/**
 * Checks what a group refers to in other modules, through their public surfaces: the area
 * (areas), partners (network), the mission (missions) and the owner (users). An unknown
 * reference is a 400 naming the field.
 */
import type { ServiceContext } from '../../core/context.ts';
import { type FieldError, invalidInput } from '../../core/errors.ts';
import { roleAllows } from '../../core/roles.ts';
import { isKnownArea } from '../areas/index.ts';
import { findMission } from '../missions/index.ts';
import { findPartner } from '../network/index.ts';
import { accountSummary } from '../users/index.ts';
import type { GroupChange } from './schema.ts';

export async function checkReferences(ctx: ServiceContext, gemeente: string, input: GroupChange): Promise<void> {
  const errors: FieldError[] = [];
  if (input.areaCode !== undefined) {
    const level = input.areaCode.startsWith('WK') ? 'wijk' : 'buurt';
    if (!(await isKnownArea(ctx, gemeente, level, input.areaCode)))
      errors.push({ name: 'body.areaCode', reason: `onbekende ${level} in deze gemeente` });
  }
  for (const [k, id] of (input.partnerIds ?? []).entries()) {
    if (!(await findPartner(ctx.db, gemeente, id))) errors.push({ name: `body.partnerIds.${k}`, reason: 'deze partner bestaat niet' });
  }
  if (input.missionId && !(await findMission(ctx.db, gemeente, input.missionId)))
    errors.push({ name: 'body.missionId', reason: 'deze opgave bestaat niet' });
  if (input.ownerId) {
    const owner = await accountSummary(ctx.db, input.ownerId);
    if (owner?.status !== 'active' || !roleAllows(owner.role, 'youthgroups:edit'))
      errors.push({ name: 'body.ownerId', reason: 'geen actieve medewerker die jeugdgroepen mag bewerken' });
  }
  if (errors.length) throw invalidInput(errors);
}
