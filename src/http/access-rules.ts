/**
 * Who may call each route — the one reviewed list (see access.ts). Keyed `METHOD /path` as OpenAPI
 * writes it. `public`: anyone, no login; `session`: any logged-in user, the service narrows what
 * each sees (partners: only their own organisation's missions and reports); a permission or a
 * list of permissions: a role with at least one of them (src/core/roles.ts). A route missing here
 * fails the authorisation matrix in test/security/. Services still authorise in detail.
 */
import type { AccessRule } from './access.ts';

const v1 = '/api/v1';
const o311 = '/open311/v2';

export const ACCESS_RULES: Readonly<Record<string, AccessRule>> = {
  // health, instance, session, the OpenAPI document
  [`GET ${v1}/health`]: 'public',
  [`GET ${v1}/instance`]: 'public',
  [`GET ${v1}/openapi.json`]: 'public',
  [`GET ${v1}/session`]: 'public',
  [`POST ${v1}/session`]: 'public',
  [`DELETE ${v1}/session`]: 'public',
  [`POST ${v1}/session/password`]: 'session',
  [`POST ${v1}/session/invitation`]: 'public',

  // users and the processing log
  [`GET ${v1}/users`]: 'users:read',
  [`POST ${v1}/users`]: 'users:manage',
  [`GET ${v1}/users/{id}`]: 'users:read',
  // the names (only) of the accounts in the processing log, for the privacy officer who reads it without the directory
  [`GET ${v1}/users/names`]: ['users:read', 'audit:read'],
  [`PATCH ${v1}/users/{id}`]: 'users:manage',
  [`POST ${v1}/users/{id}/disable`]: 'users:manage',
  [`POST ${v1}/users/{id}/password-reset`]: 'users:manage',
  [`POST ${v1}/users/invitations`]: 'users:manage',
  [`POST ${v1}/users/{id}/invitation`]: 'users:manage',
  [`DELETE ${v1}/users/{id}/invitation`]: 'users:manage',
  // departments and teams: read also by whoever configures report routing (signals route by department name)
  [`GET ${v1}/departments`]: ['users:read', 'signals:configure'],
  [`POST ${v1}/departments`]: 'users:manage',
  [`PATCH ${v1}/departments/{id}`]: 'users:manage',
  [`PUT ${v1}/departments/{id}/members/{userId}`]: 'users:manage',
  [`DELETE ${v1}/departments/{id}/members/{userId}`]: 'users:manage',
  [`GET ${v1}/audit-log`]: 'audit:read',

  // areas and registered crime: public aggregate data
  [`GET ${v1}/areas/vintages`]: 'public',
  [`GET ${v1}/areas/locate`]: 'public',
  [`GET ${v1}/areas`]: 'public',
  [`GET ${v1}/areas/{code}`]: 'public',
  // an area's network: any logged-in user, the sections decide (area-network; partners only their areas)
  [`GET ${v1}/areas/network-summary`]: 'session',
  [`GET ${v1}/areas/{code}/network`]: 'session',
  [`GET ${v1}/incidents/counts`]: 'public',
  [`GET ${v1}/incidents/crime-types`]: 'public',
  // geocoder: address search over public BAG/PDOK addresses and area names
  [`GET ${v1}/addresses/search`]: 'public',
  [`GET ${v1}/addresses/reverse`]: 'public',

  // signals: the residents' side
  [`GET ${v1}/public/signal-categories`]: 'public',
  [`GET ${v1}/public/signals/form`]: 'public',
  [`POST ${v1}/public/signals/suggest-category`]: 'public',
  [`GET ${v1}/public/signals/nearby`]: 'public',
  [`POST ${v1}/public/signals`]: 'public',
  [`GET ${v1}/public/signals/track/{token}`]: 'public',
  [`POST ${v1}/public/signals/track/{token}/feedback`]: 'public',
  [`GET ${v1}/public/signals/map`]: 'public',
  [`POST ${v1}/public/signals/{number}/subscriptions`]: 'public',
  [`POST ${v1}/public/buurten/{code}/subscriptions`]: 'public',
  [`GET ${v1}/public/signals/{number}`]: 'public',
  [`POST ${v1}/public/map/subscriptions`]: 'public',
  [`POST ${v1}/public/subscriptions/{token}/confirm`]: 'public',
  [`POST ${v1}/public/subscriptions/{token}/unsubscribe`]: 'public',
  [`POST ${v1}/public/signals/track/{token}/photos`]: 'public',
  [`GET ${v1}/public/signals/track/{token}/photos/{photoId}`]: 'public',
  [`GET ${v1}/public/photos/{photoId}`]: 'public',

  // target groups (step 10, principle 5): staff with the network; indicators are suppressed aggregates
  [`GET ${v1}/target-groups`]: 'network:read',
  [`POST ${v1}/target-groups`]: 'network:edit',
  [`PATCH ${v1}/target-groups/{id}`]: 'network:edit',
  [`GET ${v1}/target-groups/indicators`]: 'network:read',

  // signals: staff, and partners for the reports forwarded to them (signals/partner-access.ts)
  [`GET ${v1}/signals`]: ['signals:read', 'signals:partner'],
  [`GET ${v1}/signals/export.csv`]: 'signals:export',
  [`GET ${v1}/signals/saved-filters`]: 'signals:read',
  [`GET ${v1}/signals/assignment-options`]: 'signals:handle',
  [`POST ${v1}/signals/saved-filters`]: 'signals:read',
  [`DELETE ${v1}/signals/saved-filters/{filterId}`]: 'signals:read',
  [`GET ${v1}/signals/{id}`]: ['signals:read', 'signals:partner'],
  [`GET ${v1}/signals/{id}/nearby`]: ['signals:read', 'signals:partner'],
  [`PATCH ${v1}/signals/{id}`]: 'signals:handle',
  [`POST ${v1}/signals/{id}/transitions`]: ['signals:handle', 'signals:partner'],
  [`POST ${v1}/signals/{id}/notes`]: ['signals:handle', 'signals:partner'],
  [`POST ${v1}/signals/{id}/return`]: ['signals:handle', 'signals:partner'],
  [`POST ${v1}/signals/{id}/split`]: 'signals:handle',
  [`POST ${v1}/signals/{id}/merge`]: 'signals:handle',
  [`GET ${v1}/signals/{id}/contact`]: ['signals:contact', 'signals:partner'],
  [`GET ${v1}/signals/{id}/photos/{photoId}`]: ['signals:read', 'signals:partner'],
  [`PUT ${v1}/signals/{id}/photos/{photoId}/public`]: 'signals:handle',
  [`PUT ${v1}/signals/{id}/description/publication`]: 'signals:handle',
  [`PUT ${v1}/signals/{id}/history/{entryId}/publication`]: 'signals:handle',
  // signals: early signals raised by partners (signals/early/); staff list them all
  [`POST ${v1}/partner-signals`]: 'signals:partner',
  [`GET ${v1}/partner-signals`]: ['signals:read', 'signals:partner'],

  // signals: configuration, Open311 API keys, the mail outbox
  [`GET ${v1}/signal-categories`]: 'signals:read',
  [`PUT ${v1}/signal-categories/{slug}`]: 'signals:configure',
  [`POST ${v1}/signal-categories`]: 'signals:configure',
  [`PATCH ${v1}/signal-categories/{slug}`]: 'signals:configure',
  [`POST ${v1}/signal-routing-rules/test`]: 'signals:configure',
  [`GET ${v1}/signal-routing-rules`]: 'signals:read',
  [`PUT ${v1}/signal-routing-rules`]: 'signals:configure',
  [`GET ${v1}/signal-templates`]: 'signals:read',
  [`PUT ${v1}/signal-templates/{status}`]: 'signals:configure',
  [`DELETE ${v1}/signal-templates/{status}`]: 'signals:configure',
  [`GET ${v1}/open311-api-keys`]: 'signals:configure',
  [`POST ${v1}/open311-api-keys`]: 'signals:configure',
  [`DELETE ${v1}/open311-api-keys/{id}`]: 'signals:configure',
  [`PATCH ${v1}/open311-api-keys/{id}`]: 'signals:configure',
  [`GET ${v1}/mail-outbox`]: 'mail:manage',
  [`POST ${v1}/mail-outbox/retry`]: 'mail:manage',
  [`GET ${v1}/demo`]: 'demo:manage',
  [`POST ${v1}/demo/load`]: 'demo:manage',
  [`POST ${v1}/demo/remove`]: 'demo:manage',

  // municipality settings (Beheer → Instellingen)
  [`GET ${v1}/settings`]: 'settings:manage',
  [`PATCH ${v1}/settings`]: 'settings:manage',
  // imports from the browser (Beheer → Imports): admins
  [`POST ${v1}/imports`]: 'imports:run',
  [`GET ${v1}/imports`]: 'imports:run',
  [`GET ${v1}/imports/{id}`]: 'imports:run',

  // Open311 GeoReport v2: public; posting needs an API key, checked by the route
  [`GET ${o311}/services.{format}`]: 'public',
  [`GET ${o311}/services/{file}`]: 'public',
  [`POST ${o311}/requests.{format}`]: 'public',
  [`GET ${o311}/requests.{format}`]: 'public',
  [`GET ${o311}/requests/{file}`]: 'public',
  [`GET ${o311}/tokens/{file}`]: 'public',

  // perception: public figures, the pulse questionnaire, staff views and moderation
  [`GET ${v1}/perception/indicators`]: 'public',
  [`GET ${v1}/perception/survey-results`]: 'public',
  [`GET ${v1}/perception/themes`]: 'public',
  [`GET ${v1}/perception/theme-counts`]: 'public',
  [`GET ${v1}/areas/{code}/safety-profile`]: 'public',
  [`GET ${v1}/areas/{code}/perception-trends`]: 'public',
  [`GET ${v1}/public/areas/{code}/safety`]: 'public',
  [`GET ${v1}/pulse/{buurtCode}`]: 'public',
  [`POST ${v1}/pulse/{buurtCode}`]: 'public',
  [`GET ${v1}/pulse/{buurtCode}/qr`]: 'public',
  [`GET ${v1}/perception/discrepancies`]: 'perception:read',
  [`GET ${v1}/areas/{code}/report.html`]: 'perception:read',
  [`GET ${v1}/areas/{code}/report.pdf`]: 'perception:read',
  [`GET ${v1}/perception/stories`]: 'perception:moderate',
  [`POST ${v1}/perception/stories/{id}/approve`]: 'perception:moderate',
  [`POST ${v1}/perception/stories/{id}/reject`]: 'perception:moderate',
  [`PUT ${v1}/perception/stories/{id}/themes`]: 'perception:moderate',
  [`POST ${v1}/perception/themes`]: 'perception:moderate',

  // analysis workbench (figures suppressed below the threshold without analysis:detail)
  [`GET ${v1}/analysis/counts`]: 'analysis:read',
  [`GET ${v1}/analysis/hottimes`]: 'analysis:read',
  [`GET ${v1}/analysis/hotspots`]: 'analysis:read',
  [`GET ${v1}/analysis/hotcrimes`]: 'analysis:read',
  [`GET ${v1}/analysis/trends`]: 'analysis:read',
  [`GET ${v1}/analysis/alerts`]: 'analysis:read',
  [`GET ${v1}/analysis/near-repeat`]: 'analysis:read',
  [`GET ${v1}/analysis/concentration`]: 'analysis:read',
  [`GET ${v1}/analysis/kde`]: 'analysis:read',
  [`POST ${v1}/analysis/evaluation`]: 'analysis:read',
  // enforcement registrations (BOA): the feit codes of the analysis views' source=enforcement
  [`GET ${v1}/enforcement/codes`]: 'analysis:read',

  // PGA cases, privacy (cases/privacy-routes.ts): the existence search and break-glass never answer content;
  // the privacy officer's review shows openings and the cases' processing log by case reference only
  [`POST ${v1}/cases/search`]: 'cases:search',
  [`POST ${v1}/cases/{id}/break-glass`]: 'cases:break-glass',
  [`GET ${v1}/case-break-glass`]: 'cases:review',
  [`POST ${v1}/case-break-glass/{id}/review`]: 'cases:review',
  [`GET ${v1}/cases/processing-log`]: 'cases:review',
  // PGA figures: aggregate counts only, suppressed (no person, no case)
  [`GET ${v1}/cases/figures`]: 'cases:figures',

  // youth groups (Beke shortlist register): staff with youthgroups:read read (every read logged), youthgroups:edit writes; partners never
  [`GET ${v1}/youth-groups`]: 'youthgroups:read',
  [`POST ${v1}/youth-groups`]: 'youthgroups:edit',
  [`GET ${v1}/youth-groups/shortlist`]: 'youthgroups:read',
  [`GET ${v1}/youth-groups/{id}`]: 'youthgroups:read',
  [`PATCH ${v1}/youth-groups/{id}`]: 'youthgroups:edit',
  [`GET ${v1}/youth-groups/{id}/assessments`]: 'youthgroups:read',
  [`POST ${v1}/youth-groups/{id}/assessments`]: 'youthgroups:edit',
  [`GET ${v1}/youth-groups/{id}/counts`]: 'youthgroups:read',

  // PGA case lifecycle: the rule admits, openCase decides per case (subject access: the procesregisseur only;
  // print: director or member); retention proofs hold references only
  [`GET ${v1}/cases/{id}/export`]: 'cases:direct',
  [`POST ${v1}/cases/{id}/print`]: 'cases:participate',
  [`GET ${v1}/case-retention/proofs`]: 'cases:review',
  // PGA plans (H2): the rule admits who takes part in cases; need-to-know (cases/case-access.ts openCase)
  // decides per case — directors and members read and write, a break-glass reader only reads
  [`GET ${v1}/cases/{id}/plan`]: ['cases:participate', 'cases:break-glass'],
  [`PUT ${v1}/cases/{id}/plan`]: 'cases:participate',
  [`POST ${v1}/cases/{id}/interventions`]: 'cases:participate',
  [`PATCH ${v1}/cases/{id}/interventions/{interventionId}`]: 'cases:participate',
  [`PUT ${v1}/cases/{id}/milestones`]: 'cases:participate',
  // case meetings (H2): each agenda item's content only for those assigned to its case (the service decides)
  [`GET ${v1}/case-meetings`]: 'cases:participate',
  [`POST ${v1}/case-meetings`]: 'cases:direct',
  [`GET ${v1}/case-meetings/attendee-choices`]: 'cases:direct',
  [`GET ${v1}/case-meetings/{id}`]: 'cases:participate',
  [`PATCH ${v1}/case-meetings/{id}`]: 'cases:participate',
  [`PUT ${v1}/case-meetings/{id}/items/{caseId}/notes`]: 'cases:participate',
  [`POST ${v1}/case-meetings/{id}/items/{caseId}/decisions`]: 'cases:participate',
  [`PATCH ${v1}/case-meetings/{id}/actions/{actionId}`]: 'cases:participate',
  // PGA cases (step 11), the case itself: the rules admit roles, openCase decides per case (need-to-know)
  [`GET ${v1}/case-criteria`]: ['cases:participate', 'cases:direct', 'cases:figures', 'cases:review'],
  [`PUT ${v1}/case-criteria`]: 'cases:configure',
  [`GET ${v1}/cases/assignable-users`]: 'cases:direct',
  [`GET ${v1}/cases/covenants`]: 'cases:direct',
  [`GET ${v1}/cases`]: ['cases:participate', 'cases:direct'],
  [`POST ${v1}/cases`]: 'cases:direct',
  [`GET ${v1}/cases/{id}`]: ['cases:participate', 'cases:direct', 'cases:break-glass'],
  [`PATCH ${v1}/cases/{id}`]: 'cases:participate',
  [`GET ${v1}/cases/{id}/bsn`]: ['cases:participate', 'cases:direct', 'cases:break-glass'],
  [`POST ${v1}/cases/{id}/transitions`]: 'cases:direct',
  [`GET ${v1}/cases/{id}/timeline`]: ['cases:participate', 'cases:direct', 'cases:break-glass'],
  [`POST ${v1}/cases/{id}/members`]: 'cases:direct',
  [`DELETE ${v1}/cases/{id}/members/{userId}`]: 'cases:direct',
  [`POST ${v1}/cases/{id}/household`]: 'cases:participate',
  [`DELETE ${v1}/cases/{id}/household/{itemId}`]: 'cases:participate',
  [`POST ${v1}/cases/{id}/links`]: 'cases:participate',
  [`DELETE ${v1}/cases/{id}/links/{itemId}`]: 'cases:participate',

  // administrative powers (step 12): the register of decisions; a decision linked to a PGA case shows
  // more than its public part only to those who may open the case (the service decides)
  [`GET ${v1}/power-bases`]: ['powers:read', 'powers:edit'],
  [`PUT ${v1}/power-bases/{code}`]: 'powers:edit',
  [`GET ${v1}/decisions`]: 'powers:read',
  [`POST ${v1}/decisions`]: 'powers:edit',
  [`GET ${v1}/decisions/deadlines`]: 'powers:read',
  [`GET ${v1}/decisions/{id}`]: 'powers:read',
  [`PATCH ${v1}/decisions/{id}`]: 'powers:edit',
  [`POST ${v1}/decisions/{id}/transitions`]: 'powers:edit',
  // active measures, camera evaluations, closure effect (powers); the public part for residents
  [`GET ${v1}/areas/{code}/measures`]: 'powers:read',
  [`GET ${v1}/decisions/{id}/camera-evaluation`]: 'powers:read',
  [`POST ${v1}/decisions/{id}/camera-evaluations`]: 'powers:edit',
  [`GET ${v1}/decisions/{id}/effect`]: 'powers:read',
  [`GET ${v1}/public/measures`]: 'public',

  // missions: reading is for staff and for partners taking part (missions/access.ts answers 404
  // for a mission someone may not see); changing needs missions:edit, approving missions:publish
  [`GET ${v1}/missions`]: 'session',
  [`POST ${v1}/missions`]: 'missions:edit',
  [`GET ${v1}/missions/portfolio`]: 'session',
  [`GET ${v1}/missions/prioritisation`]: 'session',
  [`POST ${v1}/missions/candidates`]: 'session',
  [`GET ${v1}/missions/{id}`]: 'session',
  [`PATCH ${v1}/missions/{id}`]: 'missions:edit',
  [`POST ${v1}/missions/{id}/transitions`]: 'missions:edit',
  [`POST ${v1}/missions/{id}/evidence`]: 'missions:edit',
  [`POST ${v1}/missions/{id}/evidence/{evidenceId}/rerun`]: 'session',
  [`GET ${v1}/missions/{id}/effect`]: 'session',
  [`GET ${v1}/missions/{id}/goals`]: 'session',
  [`POST ${v1}/missions/{id}/goals`]: 'missions:edit',
  [`POST ${v1}/missions/{id}/goals/baseline`]: 'missions:edit',
  [`GET ${v1}/missions/{id}/goals/{goalId}`]: 'session',
  [`PATCH ${v1}/missions/{id}/goals/{goalId}`]: 'missions:edit',
  [`DELETE ${v1}/missions/{id}/goals/{goalId}`]: 'missions:edit',
  [`POST ${v1}/missions/{id}/goals/{goalId}/measurements`]: 'missions:edit',
  [`GET ${v1}/missions/{id}/participants`]: 'session',
  [`POST ${v1}/missions/{id}/participants`]: 'missions:edit',
  [`DELETE ${v1}/missions/{id}/participants/{participantId}`]: 'missions:edit',
  [`GET ${v1}/missions/{id}/log`]: 'session',
  [`POST ${v1}/missions/{id}/log`]: 'missions:edit',
  [`GET ${v1}/missions/{id}/measures`]: 'session',
  [`POST ${v1}/missions/{id}/measures`]: 'missions:edit',
  [`PATCH ${v1}/missions/{id}/measures/{measureId}`]: 'missions:edit',
  [`DELETE ${v1}/missions/{id}/measures/{measureId}`]: 'missions:edit',
  [`GET ${v1}/missions/{id}/measures/{measureId}/trial`]: 'session',
  [`PUT ${v1}/missions/{id}/measures/{measureId}/trial`]: 'missions:edit',
  [`POST ${v1}/missions/{id}/measures/{measureId}/trial/randomise`]: 'missions:edit',
  [`POST ${v1}/missions/{id}/measures/{measureId}/trial/register`]: 'missions:edit',
  [`PUT ${v1}/missions/{id}/measures/{measureId}/trial/measurements`]: 'missions:edit',
  [`GET ${v1}/missions/{id}/measures/{measureId}/trial/analysis`]: 'session',
  [`PUT ${v1}/missions/{id}/public-summary`]: 'missions:edit',
  [`POST ${v1}/missions/{id}/public-summary/approval`]: 'missions:publish',
  // the network: staff with network:read, partner accounts (partner-access.ts narrows to their own
  // organisation and the partners in its areas; contacts only of their own); editing network:edit
  [`GET ${v1}/partners`]: ['network:read', 'signals:partner'],
  [`POST ${v1}/partners`]: 'network:edit',
  [`GET ${v1}/partners/{id}`]: ['network:read', 'signals:partner'],
  [`POST ${v1}/partners/{id}/members`]: 'partners:manage',
  [`PATCH ${v1}/partners/{id}`]: 'network:edit',
  [`GET ${v1}/partners/{id}/contacts`]: ['network:read', 'signals:partner'],
  [`POST ${v1}/partners/{id}/contacts`]: 'network:edit',
  [`PATCH ${v1}/partners/{id}/contacts/{contactId}`]: 'network:edit',
  [`DELETE ${v1}/partners/{id}/contacts/{contactId}`]: 'network:edit',
  [`GET ${v1}/partners/{id}/agreements`]: ['network:read', 'signals:partner'],
  [`POST ${v1}/partners/{id}/agreements`]: 'network:edit',
  [`PATCH ${v1}/partners/{id}/agreements/{agreementId}`]: 'network:edit',
  [`GET ${v1}/partners/{id}/accounts`]: 'partners:manage',
  [`POST ${v1}/partners/{id}/accounts`]: 'users:manage',
  [`DELETE ${v1}/partners/{id}/accounts/{userId}`]: 'partners:manage',
  // residents' initiatives: the form and the list of published ones are public (staff with
  // network:read see all, initiatives/read-service.ts); review and contact details need initiatives:review
  [`POST ${v1}/initiatives`]: 'public',
  [`GET ${v1}/initiatives`]: 'public',
  [`GET ${v1}/initiatives/{id}`]: 'public',
  [`PATCH ${v1}/initiatives/{id}`]: 'initiatives:review',
  [`POST ${v1}/initiatives/{id}/support`]: 'initiatives:review',
  [`POST ${v1}/initiatives/{id}/check-in`]: 'initiatives:review',
  [`GET ${v1}/initiatives/{id}/contact`]: 'initiatives:review',
  [`GET ${v1}/public/missions`]: 'public',
  [`GET ${v1}/public/missions/{id}`]: 'public',
};
