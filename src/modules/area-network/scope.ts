/**
 * The area a network is asked for, resolved against the areas module's newest vintage: the area
 * itself, the areas that contain it (its wijk, the gemeente) and those inside it (a wijk's
 * buurten; for the gemeente every wijk and buurt). A code of another municipality is a 400; an
 * unknown code a 404 — both problem+json in Dutch.
 */
import type { ServiceContext } from '../../core/context.ts';
import { badRequest, notFoundBecause } from '../../core/errors.ts';
import type { AreaScope, NetworkMoment } from '../../core/module-contract.ts';
import { areaHierarchy, vintageYears, type AreaLevel, type AreaNode } from '../areas/index.ts';

export interface NetworkArea {
  code: string;
  name: string;
  level: AreaLevel;
}

/** The areas of the newest vintage, by code, with the children of each. */
export interface AreaTree {
  year: number;
  byCode: Map<string, AreaNode>;
  children: Map<string, AreaNode[]>;
}

/** The digits a municipality's codes share: GM0505 → 0505 (WK050501, BU05050100). */
const digitsOf = (gemeente: string) => gemeente.replace(/^GM/, '');

/** 400 for a code of another municipality (checked before the database is read). */
export function checkMunicipality(gemeente: string, code: string): void {
  const own = digitsOf(gemeente);
  const digits = code.slice(2);
  const ours = code.startsWith('GM') ? digits === own : digits.startsWith(own);
  if (!ours)
    throw badRequest(`Gebied ${code} hoort niet bij deze gemeente (${gemeente}); vraag een wijk of buurt van ${gemeente}.`, [
      { name: 'params.code', reason: `moet een gebied van ${gemeente} zijn` },
    ]);
}

export async function areaTree(ctx: ServiceContext, gemeente: string): Promise<AreaTree> {
  const [year] = await vintageYears(ctx, gemeente);
  if (year === undefined) throw notFoundBecause(`Er zijn nog geen gebieden geladen voor ${gemeente}.`);
  const nodes = await areaHierarchy(ctx, gemeente, year);
  const children = new Map<string, AreaNode[]>();
  for (const n of nodes) if (n.parentCode) children.set(n.parentCode, [...(children.get(n.parentCode) ?? []), n]);
  return { year, byCode: new Map(nodes.map((n) => [n.code, n])), children };
}

function descendants(tree: AreaTree, code: string): string[] {
  const out: string[] = [];
  for (const child of tree.children.get(code) ?? []) out.push(child.code, ...descendants(tree, child.code));
  return out;
}

function ancestors(tree: AreaTree, node: AreaNode): string[] {
  const out: string[] = [];
  for (let p = node.parentCode; p; p = tree.byCode.get(p)?.parentCode ?? null) out.push(p);
  return out;
}

/** The area and its scope in a tree already loaded; 404 for a code not in the newest vintage. */
export function scopeIn(tree: AreaTree, gemeente: string, code: string, at: NetworkMoment): { area: NetworkArea; scope: AreaScope } {
  const node = tree.byCode.get(code);
  if (!node) throw notFoundBecause(`Gebied ${code} bestaat niet in de gebiedsindeling ${tree.year} van ${gemeente}.`);
  const codes = [code, ...ancestors(tree, node), ...descendants(tree, code)];
  return { area: { code, name: node.name, level: node.level }, scope: { gemeente, code, codes, ...at } };
}

export async function resolveArea(ctx: ServiceContext, gemeente: string, code: string, at: NetworkMoment) {
  checkMunicipality(gemeente, code);
  return scopeIn(await areaTree(ctx, gemeente), gemeente, code, at);
}
