/** Wijken and buurten of the newest indeling by code and name, for an area choice and for showing names. */
import { api, type ApiClient } from '../../api/client.ts';
import type { Reply } from '../../api/types.ts';

const V1 = '/api/v1';

export const getAreaChoices = async (c: ApiClient = api) => {
  const [wijken, buurten] = await Promise.all([
    c.request<Reply<'/api/v1/areas'>>(`${V1}/areas?level=wijk`),
    c.request<Reply<'/api/v1/areas'>>(`${V1}/areas?level=buurt`),
  ]);
  const name = (f: (typeof wijken.features)[number]) => ({
    code: f.properties.code,
    name: f.properties.name,
    parent: f.properties.parentCode,
  });
  return { wijken: wijken.features.map(name), buurten: buurten.features.map(name) };
};
export type AreaChoices = Awaited<ReturnType<typeof getAreaChoices>>;

/** The name of an area code, or the code itself while the names load. */
export function areaName(areas: AreaChoices | null, code: string): string {
  return areas?.buurten.find((b) => b.code === code)?.name ?? areas?.wijken.find((w) => w.code === code)?.name ?? code;
}
