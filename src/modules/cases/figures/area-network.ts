/**
 * The person-oriented approach in an area's network (`GET /areas/{code}/network`, the wijkgesprek
 * report): one row of figures — the cases open today whose address is in the area, and per reason
 * for inclusion — suppressed with the scope's threshold like every figure (null = a small number).
 * No person, no reference, no id of a case. Null for actors without cases:figures (partner accounts
 * and anonymous visitors never see it). Not logged: counts are not personal data.
 */
import { can, type ServiceContext } from '../../../core/context.ts';
import type { AreaNetworkItem, AreaNetworkSection, AreaScope } from '../../../core/module-contract.ts';
import { rawFigures } from './figures-compute.ts';
import { caseFacts, criterionNames } from './figures-store.ts';
import { suppressRow } from './figures-suppression.ts';

/** The row's fixed id and kind: it stands for the approach, not for any case. */
export const CASES_NETWORK_ROW = 'pga-figures';
export const CASES_NETWORK_KIND = 'pga';

async function loadCaseFigures(ctx: ServiceContext, scope: AreaScope): Promise<AreaNetworkItem[] | null> {
  if (!can(ctx.actor, 'cases:figures')) return null;
  const now = new Date(`${scope.today}T23:59:59Z`);
  const facts = await caseFacts(ctx.db, { gemeente: scope.gemeente, from: now, to: now, area: { codes: scope.codes } });
  const names = await criterionNames(ctx.db, scope.gemeente);
  const raw = rawFigures(
    facts,
    { year: now.getUTCFullYear(), from: now, to: now },
    names.map((c) => c.code),
  );
  const row = suppressRow(raw.openAtEnd, raw.perCriterion, scope.minCellCount);
  const nameOf = new Map(names.map((c) => [c.code, c.nameNl]));
  const period = scope.today;
  return [
    {
      id: CASES_NETWORK_ROW,
      title: 'Persoonsgerichte aanpak',
      kind: CASES_NETWORK_KIND,
      detail: 'Casussen met een adres in dit gebied; aantallen, geen personen',
      areaCodes: [scope.code],
      figures: [
        { label: 'Casussen open', value: row.total, period },
        ...[...row.cells].map(([code, value]) => ({ label: nameOf.get(code) ?? code, value, period })),
      ],
    },
  ];
}

export const casesSection: AreaNetworkSection = { key: 'cases', load: loadCaseFigures };
