/**
 * The public neighbourhood page: the same aggregated figures residents may see — indices with n,
 * pulse summary, theme counts and approved (redacted) stories only — plus the link to the pulse
 * questionnaire. Never individual reports or unapproved stories; small counts under the strictest
 * rule, whoever looks (counts-disclosure.ts). The network of the area is the anonymous view
 * whoever looks (area-network: public mission summaries, published initiatives, …).
 */
import type { ServiceContext } from '../../../core/context.ts';
import type { NetworkMoment, PlatformModule } from '../../../core/module-contract.ts';
import { composeAreaNetwork } from '../../area-network/index.ts';
import type { Settings } from './components.ts';
import { asPublic } from '../counts-disclosure.ts';
import { safetyProfile, type IndexOptions } from './profile-service.ts';
import { approvedStories, themeCounts } from '../moderation/themes.ts';

export async function publicAreaSafety(
  ctx: ServiceContext,
  s: Settings,
  code: string,
  o: IndexOptions,
  links: { questionnaireUrl: string | null; qrUrl: string | null },
  network: { modules: readonly PlatformModule[]; at: NetworkMoment },
) {
  const profile = await safetyProfile(asPublic(ctx), s, code, o);
  const anonymous: ServiceContext = { ...ctx, actor: { kind: 'anonymous' } };
  const { sections, unavailable } = await composeAreaNetwork(anonymous, network.modules, s.gemeente, code, network.at);
  const level = profile.level === 'gemeente' ? null : profile.level;
  const themes = level ? await themeCounts(ctx, s.gemeente, { level, year: o.year, areaCode: code }) : [];
  const stories = await approvedStories(ctx, s.gemeente, code, o.year, 5);
  return {
    areaCode: profile.areaCode,
    areaName: profile.areaName,
    level: profile.level,
    year: profile.year,
    baseYear: profile.baseYear,
    indices: profile.indices,
    combined: profile.combined,
    gaps: profile.gaps,
    pulse: profile.pulse,
    themes: themes.map(({ theme, name, stories: n }) => ({ theme, name, stories: n })),
    stories: stories.map(({ text, themes: t, month }) => ({ text, themes: t, month })),
    questionnaireUrl: links.questionnaireUrl,
    qrUrl: links.qrUrl,
    method: profile.method,
    demo: profile.demo,
    network: { sections, unavailable },
  };
}
