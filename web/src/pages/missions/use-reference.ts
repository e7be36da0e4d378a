/** Reference data loaded once per page visit and shared: buurten of a CBS indeling, crime types, vintages. */
import { useEffect, useState } from 'react';
import { getAreas, getVintages } from '../../api/endpoints.ts';
import type { AreaFeature } from '../../api/types.ts';
import { getCrimeTypes } from './api.ts';
import type { CrimeType } from './types.ts';

const buurtCache = new Map<number, Promise<AreaFeature[]>>();
let crimeCache: Promise<CrimeType[]> | null = null;
let yearCache: Promise<number> | null = null;

function useLoaded<T>(load: (() => Promise<T>) | null, deps: readonly unknown[]): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    if (!load) return;
    let live = true;
    load()
      .then((v) => live && setValue(v))
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is a new closure on every render; the caller's `deps` say when it loads something else (as in useAsync).
  }, deps);
  return value;
}

export function loadBuurten(year: number): Promise<AreaFeature[]> {
  if (!buurtCache.has(year))
    buurtCache.set(
      year,
      getAreas('buurt', year)
        .then((c) => c.features)
        .catch((e: unknown) => {
          buurtCache.delete(year);
          throw e;
        }),
    );
  return buurtCache.get(year)!;
}

export const useBuurten = (year: number | null) => useLoaded(year ? () => loadBuurten(year) : null, [year]);

export function useCrimeTypes(): CrimeType[] | null {
  crimeCache ??= getCrimeTypes().catch((e: unknown) => {
    crimeCache = null;
    throw e;
  });
  return useLoaded(() => crimeCache!, []);
}

/** The newest CBS indeling (area vintage). */
export function useNewestYear(): number | null {
  yearCache ??= getVintages().then((v) => v[0]?.year ?? new Date().getFullYear());
  return useLoaded(() => yearCache!, []);
}

/** Buurt code → name. */
export const nameIndex = (buurten: readonly AreaFeature[] | null) =>
  new Map((buurten ?? []).map((f) => [f.properties.code, f.properties.name]));
