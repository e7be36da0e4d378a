/**
 * Target groups of a municipality: list (network:read), add and change (network:edit). What a group
 * refers to is checked against its owners: partners through the network module, report categories
 * through signals, crime types through incidents. The six defaults are seeded when a municipality
 * has none (`ensureDefaultTargetGroups`: from housekeeping and on first read; idempotent).
 */
import { randomUUID } from 'node:crypto';
import { authorize, type ServiceContext } from '../../core/context.ts';
import { conflict, type FieldError, invalidInput, notFoundBecause } from '../../core/errors.ts';
import { guardedWrite } from '../../db/guarded-write.ts';
import { knownAreaCodes } from '../areas/index.ts';
import { listCrimeTypes, TOTAL_CRIME } from '../incidents/index.ts';
import { activePartners, findPartner, partnerNames } from '../network/index.ts';
import { loadCategories } from '../signals/index.ts';
import { DEFAULT_TARGET_GROUPS } from './defaults.ts';
import type { TargetGroupChange, TargetGroupInput, TargetGroupView } from './schema.ts';
import {
  countTargetGroups,
  findTargetGroup,
  insertTargetGroup,
  keyTaken,
  type TargetGroupRow,
  targetGroupRows,
  updateTargetGroup,
} from './store.ts';

/** Seeds the six default groups when the municipality has none; the number added (0 when it had groups). */
export async function ensureDefaultTargetGroups(ctx: ServiceContext, gemeente: string): Promise<number> {
  if ((await countTargetGroups(ctx.db, gemeente)) > 0) return 0;
  const known = new Set((await loadCategories(ctx.db, gemeente)).filter((c) => c.active).map((c) => c.slug));
  let order = 0;
  for (const d of DEFAULT_TARGET_GROUPS) {
    order += 10;
    const values = {
      key: d.key,
      name_nl: d.nameNl,
      name_en: d.nameEn,
      description: d.description,
      partner_ids: [],
      programmes: [...d.programmes],
      area_codes: [],
      category_slugs: d.categories.filter((slug) => known.has(slug)),
      crime_types: [...d.crimeTypes],
      sort_order: order,
      is_default: true,
    };
    // Two first reads at once: the unique key lets the second one add nothing.
    await insertTargetGroup(ctx.db, gemeente, randomUUID(), values, true);
  }
  return DEFAULT_TARGET_GROUPS.length;
}

export async function listTargetGroups(ctx: ServiceContext, gemeente: string): Promise<TargetGroupView[]> {
  authorize(ctx, 'network:read');
  await ensureDefaultTargetGroups(ctx, gemeente);
  return presentAll(ctx, gemeente, await targetGroupRows(ctx.db, gemeente));
}

/** What a group may refer to: active report categories, crime types and active partners. */
export async function targetGroupOptions(ctx: ServiceContext, gemeente: string) {
  authorize(ctx, 'network:read');
  const categories = await loadCategories(ctx.db, gemeente);
  const mainName = new Map(categories.filter((c) => c.parent_slug === null).map((c) => [c.slug, c.name]));
  return {
    categories: categories
      .filter((c) => c.active && c.parent_slug !== null)
      .map((c) => ({ slug: c.slug, name: c.name, parentName: mainName.get(c.parent_slug!) ?? null })),
    // the total of all crime is not an indicator of any group
    crimeTypes: (await listCrimeTypes(ctx.db)).filter((t) => t.code !== TOTAL_CRIME).map((t) => ({ code: t.code, title: t.title })),
    partners: await activePartners(ctx.db, gemeente),
  };
}

async function presentAll(ctx: ServiceContext, gemeente: string, rows: TargetGroupRow[]): Promise<TargetGroupView[]> {
  const partners = await partnerNames(
    ctx.db,
    rows.flatMap((r) => r.partner_ids),
  );
  const categoryName = new Map((await loadCategories(ctx.db, gemeente)).map((c) => [c.slug, c.name]));
  const crimeTitle = new Map((await listCrimeTypes(ctx.db)).map((t) => [t.code, t.title]));
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    nameNl: r.name_nl,
    nameEn: r.name_en,
    description: r.description,
    partners: r.partner_ids.flatMap((id) => (partners.has(id) ? [{ id, name: partners.get(id)! }] : [])),
    programmes: r.programmes.map((p) => ({ name: p.name, description: p.description ?? '', url: p.url ?? null })),
    areaCodes: r.area_codes,
    categories: r.category_slugs.map((slug) => ({ slug, name: categoryName.get(slug) ?? slug })),
    crimeTypes: r.crime_types.map((code) => ({ code, title: crimeTitle.get(code) ?? code })),
    isDefault: r.is_default,
  }));
}

type References = Pick<TargetGroupChange, 'partnerIds' | 'categorySlugs' | 'crimeTypes' | 'areaCodes'>;

/** 400 naming each unknown partner, category or crime type (Dutch reasons: shown on the page as is). */
async function checkReferences(ctx: ServiceContext, gemeente: string, input: References): Promise<void> {
  const errors: FieldError[] = [];
  for (const [i, id] of (input.partnerIds ?? []).entries()) {
    if (!(await findPartner(ctx.db, gemeente, id))) errors.push({ name: `body.partnerIds.${i}`, reason: `partner '${id}' bestaat niet` });
  }
  if (input.categorySlugs?.length) {
    const known = new Set((await loadCategories(ctx.db, gemeente)).map((c) => c.slug));
    for (const [i, slug] of input.categorySlugs.entries())
      if (!known.has(slug)) errors.push({ name: `body.categorySlugs.${i}`, reason: `meldingcategorie '${slug}' bestaat niet` });
  }
  if (input.crimeTypes?.length) {
    const known = new Set((await listCrimeTypes(ctx.db)).map((t) => t.code));
    for (const [i, code] of input.crimeTypes.entries())
      if (!known.has(code)) errors.push({ name: `body.crimeTypes.${i}`, reason: `misdrijfsoort '${code}' bestaat niet` });
  }
  if (input.areaCodes?.length) {
    const known = await knownAreaCodes(ctx, gemeente);
    for (const [i, code] of input.areaCodes.entries())
      if (!known.has(code)) errors.push({ name: `body.areaCodes.${i}`, reason: `gebied '${code}' bestaat niet in deze gemeente` });
  }
  if (errors.length) throw invalidInput(errors, 'Een of meer verwijzingen bestaan niet.');
}

const unique = <T>(values: readonly T[] | undefined) => (values ? [...new Set(values)] : undefined);

function keyFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
  return /^[a-z]/.test(slug) ? slug : `groep-${slug || 'nieuw'}`;
}

export async function createTargetGroup(ctx: ServiceContext, gemeente: string, input: TargetGroupInput): Promise<TargetGroupView> {
  authorize(ctx, 'network:edit');
  await ensureDefaultTargetGroups(ctx, gemeente);
  await checkReferences(ctx, gemeente, input);
  const key = input.key ?? keyFromName(input.nameNl);
  const taken = () => conflict(`Er is al een doelgroep met code '${key}'.`);
  if (await keyTaken(ctx.db, gemeente, key)) throw taken();
  const id = randomUUID();
  const values = {
    key,
    name_nl: input.nameNl,
    name_en: input.nameEn,
    description: input.description ?? '',
    partner_ids: unique(input.partnerIds) ?? [],
    programmes: input.programmes ?? [],
    area_codes: unique(input.areaCodes) ?? [],
    category_slugs: unique(input.categorySlugs) ?? [],
    crime_types: unique(input.crimeTypes) ?? [],
    sort_order: 1000,
    is_default: false,
  };
  await guardedWrite(() => insertTargetGroup(ctx.db, gemeente, id, values), { missing: () => notFoundOf(id), duplicate: taken });
  return presentOne(ctx, gemeente, id);
}

const notFoundOf = (id: string) => notFoundBecause(`Doelgroep '${id}' bestaat niet.`);

async function presentOne(ctx: ServiceContext, gemeente: string, id: string): Promise<TargetGroupView> {
  const row = await findTargetGroup(ctx.db, gemeente, id);
  if (!row) throw notFoundOf(id);
  return (await presentAll(ctx, gemeente, [row]))[0]!;
}

export async function changeTargetGroup(
  ctx: ServiceContext,
  gemeente: string,
  id: string,
  change: TargetGroupChange,
): Promise<TargetGroupView> {
  authorize(ctx, 'network:edit');
  if (!(await findTargetGroup(ctx.db, gemeente, id))) throw notFoundOf(id);
  await checkReferences(ctx, gemeente, change);
  await updateTargetGroup(ctx.db, gemeente, id, {
    ...(change.nameNl !== undefined ? { name_nl: change.nameNl } : {}),
    ...(change.nameEn !== undefined ? { name_en: change.nameEn } : {}),
    ...(change.description !== undefined ? { description: change.description } : {}),
    ...(change.partnerIds !== undefined ? { partner_ids: unique(change.partnerIds)! } : {}),
    ...(change.programmes !== undefined ? { programmes: change.programmes } : {}),
    ...(change.areaCodes !== undefined ? { area_codes: unique(change.areaCodes)! } : {}),
    ...(change.categorySlugs !== undefined ? { category_slugs: unique(change.categorySlugs)! } : {}),
    ...(change.crimeTypes !== undefined ? { crime_types: unique(change.crimeTypes)! } : {}),
  });
  return presentOne(ctx, gemeente, id);
}
