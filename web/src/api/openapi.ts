/**
 * The Stadsveilig API's types, joined from the parts in openapi/ (one per module, continued past 400 lines), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */

import type { paths as addressesPaths } from './openapi/addresses.ts';
import type { paths as analysisPaths } from './openapi/analysis.ts';
import type { paths as analysisEvaluationPaths } from './openapi/analysis-evaluation.ts';
import type { paths as analysisHotspotsPaths } from './openapi/analysis-hotspots.ts';
import type { paths as analysisNearRepeatPaths } from './openapi/analysis-near-repeat.ts';
import type { paths as areaNetworkPaths } from './openapi/area-network.ts';
import type { paths as areasPaths } from './openapi/areas.ts';
import type { paths as auditPaths } from './openapi/audit.ts';
import type { paths as casesPaths } from './openapi/cases.ts';
import type { paths as caseMeetingsItemPaths } from './openapi/case-meetings-item.ts';
import type { paths as casesCasesPaths } from './openapi/cases-cases.ts';
import type { paths as casesSearchPaths } from './openapi/cases-search.ts';
import type { paths as casesHouseholdItemPaths } from './openapi/cases-household-item.ts';
import type { paths as casesPlanPaths } from './openapi/cases-plan.ts';
import type { paths as casesLifecyclePaths } from './openapi/cases-lifecycle.ts';
import type { paths as demoPaths } from './openapi/demo.ts';
import type { paths as departmentsPaths } from './openapi/departments.ts';
import type { paths as enforcementPaths } from './openapi/enforcement.ts';
import type { paths as healthPaths } from './openapi/health.ts';
import type { paths as importsPaths } from './openapi/imports.ts';
import type { paths as incidentsPaths } from './openapi/incidents.ts';
import type { paths as initiativesPaths } from './openapi/initiatives.ts';
import type { paths as initiativesContactPaths } from './openapi/initiatives-contact.ts';
import type { paths as mailPaths } from './openapi/mail.ts';
import type { paths as missionsPaths } from './openapi/missions.ts';
import type { paths as missionsPortfolioPaths } from './openapi/missions-portfolio.ts';
import type { paths as missionsItemPaths } from './openapi/missions-item.ts';
import type { paths as missionsEffectPaths } from './openapi/missions-effect.ts';
import type { paths as missionsGoalsPaths } from './openapi/missions-goals.ts';
import type { paths as missionsGoalsBaselinePaths } from './openapi/missions-goals-baseline.ts';
import type { paths as missionsGoalsMeasurementsPaths } from './openapi/missions-goals-measurements.ts';
import type { paths as missionsMeasuresPaths } from './openapi/missions-measures.ts';
import type { paths as missionsMeasuresTrialPaths } from './openapi/missions-measures-trial.ts';
import type { paths as missionsMeasuresTrialMeasurementsPaths } from './openapi/missions-measures-trial-measurements.ts';
import type { paths as missionsTransitionsPaths } from './openapi/missions-transitions.ts';
import type { paths as networkPaths } from './openapi/network.ts';
import type { paths as partnersAccountsItemPaths } from './openapi/partners-accounts-item.ts';
import type { paths as open311Paths } from './openapi/open311.ts';
import type { paths as perceptionPaths } from './openapi/perception.ts';
import type { paths as perceptionModerationPaths } from './openapi/perception-moderation.ts';
import type { paths as perceptionStoriesThemesPaths } from './openapi/perception-stories-themes.ts';
import type { paths as perceptionProfilePaths } from './openapi/perception-profile.ts';
import type { paths as perceptionPublicPaths } from './openapi/perception-public.ts';
import type { paths as perceptionPulsePaths } from './openapi/perception-pulse.ts';
import type { paths as perceptionReportPaths } from './openapi/perception-report.ts';
import type { paths as powersPaths } from './openapi/powers.ts';
import type { paths as decisionsPaths } from './openapi/decisions.ts';
import type { paths as decisionsItemPaths } from './openapi/decisions-item.ts';
import type { paths as decisionsCameraEvaluationPaths } from './openapi/decisions-camera-evaluation.ts';
import type { paths as decisionsEffectPaths } from './openapi/decisions-effect.ts';
import type { paths as decisionsTransitionsPaths } from './openapi/decisions-transitions.ts';
import type { paths as powersPublicPaths } from './openapi/powers-public.ts';
import type { paths as publicPaths } from './openapi/public.ts';
import type { paths as sessionPaths } from './openapi/session.ts';
import type { paths as settingsPaths } from './openapi/settings.ts';
import type { paths as signalsConfigurationPaths } from './openapi/signals-configuration.ts';
import type { paths as signalTemplatesItemPaths } from './openapi/signal-templates-item.ts';
import type { paths as signalsPartnersPaths } from './openapi/signals-partners.ts';
import type { paths as signalsPublicPaths } from './openapi/signals-public.ts';
import type { paths as publicSignalsTrackItemPaths } from './openapi/public-signals-track-item.ts';
import type { paths as signalsStaffPaths } from './openapi/signals-staff.ts';
import type { paths as signalsItemPaths } from './openapi/signals-item.ts';
import type { paths as signalsDescriptionPublicationPaths } from './openapi/signals-description-publication.ts';
import type { paths as signalsMergePaths } from './openapi/signals-merge.ts';
import type { paths as signalsPhotosItemPaths } from './openapi/signals-photos-item.ts';
import type { paths as targetGroupsPaths } from './openapi/target-groups.ts';
import type { paths as usersPaths } from './openapi/users.ts';
import type { paths as usersInvitationPaths } from './openapi/users-invitation.ts';
import type { paths as youthGroupsPaths } from './openapi/youth-groups.ts';
import type { paths as youthGroupsItemPaths } from './openapi/youth-groups-item.ts';

export type paths = addressesPaths &
  analysisPaths &
  analysisEvaluationPaths &
  analysisHotspotsPaths &
  analysisNearRepeatPaths &
  areaNetworkPaths &
  areasPaths &
  auditPaths &
  casesPaths &
  caseMeetingsItemPaths &
  casesCasesPaths &
  casesSearchPaths &
  casesHouseholdItemPaths &
  casesPlanPaths &
  casesLifecyclePaths &
  demoPaths &
  departmentsPaths &
  enforcementPaths &
  healthPaths &
  importsPaths &
  incidentsPaths &
  initiativesPaths &
  initiativesContactPaths &
  mailPaths &
  missionsPaths &
  missionsPortfolioPaths &
  missionsItemPaths &
  missionsEffectPaths &
  missionsGoalsPaths &
  missionsGoalsBaselinePaths &
  missionsGoalsMeasurementsPaths &
  missionsMeasuresPaths &
  missionsMeasuresTrialPaths &
  missionsMeasuresTrialMeasurementsPaths &
  missionsTransitionsPaths &
  networkPaths &
  partnersAccountsItemPaths &
  open311Paths &
  perceptionPaths &
  perceptionModerationPaths &
  perceptionStoriesThemesPaths &
  perceptionProfilePaths &
  perceptionPublicPaths &
  perceptionPulsePaths &
  perceptionReportPaths &
  powersPaths &
  decisionsPaths &
  decisionsItemPaths &
  decisionsCameraEvaluationPaths &
  decisionsEffectPaths &
  decisionsTransitionsPaths &
  powersPublicPaths &
  publicPaths &
  sessionPaths &
  settingsPaths &
  signalsConfigurationPaths &
  signalTemplatesItemPaths &
  signalsPartnersPaths &
  signalsPublicPaths &
  publicSignalsTrackItemPaths &
  signalsStaffPaths &
  signalsItemPaths &
  signalsDescriptionPublicationPaths &
  signalsMergePaths &
  signalsPhotosItemPaths &
  targetGroupsPaths &
  usersPaths &
  usersInvitationPaths &
  youthGroupsPaths &
  youthGroupsItemPaths;
