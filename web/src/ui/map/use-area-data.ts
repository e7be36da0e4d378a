/** Loads the area vintages once, then the buurten and wijken of the chosen year. */
import { useEffect, useState } from 'react';
import { getAreas, getVintages } from '../../api/endpoints.ts';
import type { AreaFeature, Vintage } from '../../api/types.ts';

export type AreaData =
  | { status: 'loading' }
  | { status: 'error'; detail: string }
  | { status: 'ready'; year: number; buurten: AreaFeature[]; wijken: AreaFeature[] };

export interface AreaDataControl {
  vintages: Vintage[];
  year: number | null;
  setYear(year: number): void;
  data: AreaData;
}

import { errorText as message } from '../use-async.ts';

export function useAreaData(): AreaDataControl {
  const [vintages, setVintages] = useState<Vintage[]>([]);
  const [year, setYear] = useState<number | null>(null);
  const [data, setData] = useState<AreaData>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    getVintages()
      .then((list) => {
        if (!live) return;
        setVintages(list);
        // Newest first: the default is the most recent area division.
        if (list[0]) setYear(list[0].year);
        else setData({ status: 'error', detail: 'no area vintages imported' });
      })
      .catch((e: unknown) => live && setData({ status: 'error', detail: message(e) }));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (year === null) return;
    let live = true;
    setData({ status: 'loading' });
    Promise.all([getAreas('buurt', year), getAreas('wijk', year)])
      .then(([b, w]) => live && setData({ status: 'ready', year, buurten: b.features, wijken: w.features }))
      .catch((e: unknown) => live && setData({ status: 'error', detail: message(e) }));
    return () => {
      live = false;
    };
  }, [year]);

  return { vintages, year, setYear, data };
}
