/** What a report says about itself as an early signal (source 'partner'): the raising organisation, theme, priority and its reference. */
import type { ServiceContext } from '../../../core/context.ts';
import { partnerNames } from '../../network/index.ts';
import type { SignalRow } from '../records/signal-store.ts';
import type { SignalPriority } from '../tables.ts';
import { type EarlyTheme, themeOfCategory } from './themes.ts';

export interface EarlySignalFacts {
  partnerId: string | null;
  /** The raising organisation's name (null when it no longer exists). */
  partnerName: string | null;
  theme: EarlyTheme | null;
  priority: SignalPriority;
  reference: string | null;
}

export async function earlySignalFacts(
  ctx: Pick<ServiceContext, 'db'>,
  s: Pick<SignalRow, 'source' | 'raised_by_partner_id' | 'category_slug' | 'priority' | 'partner_reference'>,
  names?: Map<string, string>,
): Promise<EarlySignalFacts | null> {
  if (s.source !== 'partner') return null;
  const id = s.raised_by_partner_id;
  const known = id ? (names ?? (await partnerNames(ctx.db, [id]))) : new Map<string, string>();
  return {
    partnerId: id,
    partnerName: id ? (known.get(id) ?? null) : null,
    theme: themeOfCategory(s.category_slug),
    priority: s.priority ?? 'normal',
    reference: s.partner_reference,
  };
}
