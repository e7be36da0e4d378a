/**
 * The areas a measure list is asked for, from the areas module's newest vintage: the area, the
 * areas containing it (its wijk, the gemeente) and the areas inside it — a measure for the whole
 * wijk applies in each of its buurten. Names by code, for the public part ("buurt Centrum").
 */
import type { ServiceContext } from '../../../core/context.ts';
import { badRequest, notFoundBecause } from '../../../core/errors.ts';
import { type AreaNode, areaHierarchy, vintageYears } from '../../areas/index.ts';

export interface AreaCodes {
  code: string;
  name: string;
  codes: string[];
  nodes: Map<string, AreaNode>;
}

export async function areaNodes(ctx: ServiceContext, gemeente: string): Promise<Map<string, AreaNode>> {
  const [year] = await vintageYears(ctx, gemeente);
  if (year === undefined) return new Map();
  return new Map((await areaHierarchy(ctx, gemeente, year)).map((n) => [n.code, n]));
}

function insideOf(nodes: Map<string, AreaNode>, code: string): string[] {
  const out: string[] = [];
  for (const n of nodes.values()) if (n.parentCode === code) out.push(n.code, ...insideOf(nodes, n.code));
  return out;
}

/** 400 for a code of another municipality, 404 for an unknown one (Dutch problem texts). */
export async function areaCodesOf(ctx: ServiceContext, gemeente: string, code: string): Promise<AreaCodes> {
  const own = gemeente.replace(/^GM/, '');
  const ours = code.startsWith('GM') ? code.slice(2) === own : code.slice(2).startsWith(own);
  if (!ours)
    throw badRequest(`Gebied ${code} hoort niet bij deze gemeente (${gemeente}).`, [
      { name: 'code', reason: `moet een gebied van ${gemeente} zijn` },
    ]);
  const nodes = await areaNodes(ctx, gemeente);
  const node = nodes.get(code);
  if (!node) throw notFoundBecause(`Gebied ${code} bestaat niet in de nieuwste gebiedsindeling van ${gemeente}.`);
  const up: string[] = [];
  for (let p = node.parentCode; p; p = nodes.get(p)?.parentCode ?? null) up.push(p);
  return { code, name: node.name, codes: [code, ...up, ...insideOf(nodes, code)], nodes };
}
