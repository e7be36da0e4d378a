/**
 * The target groups in an area's network (`GET /areas/{code}/network`, the wijkgesprek report): one
 * row per group that applies to the area (city-wide, or its areas overlap the scope), with the
 * responsible partners and programmes, and its indicators for the area over the last 12 months
 * (suppressed as everywhere: null). Only for actors with network:read; partner accounts and
 * anonymous visitors get null (the figures are for the municipality's staff).
 */
import { can } from '../../core/context.ts';
import type { AreaNetworkItem, AreaNetworkSection } from '../../core/module-contract.ts';
import { partnerNames } from '../network/index.ts';
import { groupFigures, periodsOf } from './indicator-service.ts';
import type { Figure } from './schema.ts';

const figure = (label: string, f: Figure | null, period: string) => (f ? [{ label, value: f.current.value, period }] : []);

export const targetGroupsSection: AreaNetworkSection = {
  key: 'targetGroups',
  async load(ctx, scope) {
    if (!can(ctx.actor, 'network:read')) return null;
    const periods = periodsOf({ to: scope.today }, new Date(`${scope.today}T00:00:00Z`));
    const { groups } = await groupFigures(ctx, scope.gemeente, periods, scope.minCellCount);
    const period = `${periods[0].from.toISOString().slice(0, 10)}/${scope.today}`;
    const applies = (codes: readonly string[]) => codes.length === 0 || codes.some((c) => scope.codes.includes(c));
    const shown = groups.filter(({ group }) => applies(group.area_codes));
    const names = await partnerNames(
      ctx.db,
      shown.flatMap(({ group }) => group.partner_ids),
    );
    return shown.map(({ group, rowOf }): AreaNetworkItem => {
      const row = rowOf(scope.code);
      const partners = group.partner_ids.flatMap((id) => (names.has(id) ? [names.get(id)!] : []));
      const programmes = group.programmes.map((p) => p.name);
      const detail = [
        partners.length ? `Partners: ${partners.join(', ')}` : '',
        programmes.length ? `Programma's: ${programmes.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join(' · ');
      return {
        id: group.id,
        title: group.name_nl,
        kind: group.key,
        detail: detail || null,
        areaCodes: group.area_codes,
        figures: [...figure('Meldingen', row.reports, period), ...figure('Geregistreerde misdrijven', row.crimes, period)],
      };
    });
  },
};
