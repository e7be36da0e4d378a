/** The wijken and buurten of the newest area division, as names and picker options. */
import { useMemo } from 'react';
import { useAreaData } from '../../ui/map/use-area-data.ts';

export interface AreaOption {
  code: string;
  /** "Wijk 08 Crabbehof/Zuidhoven" or, indented under it, "— Crabbehof-Noord". */
  label: string;
}

export interface AreaNames {
  options: AreaOption[];
  nameOf(code: string): string;
}

/** Wijken in code order, each followed by its buurten. */
export function useAreaNames(): AreaNames {
  const { data } = useAreaData();
  return useMemo(() => {
    if (data.status !== 'ready') return { options: [], nameOf: (code: string) => code };
    const names = new Map<string, string>();
    for (const f of [...data.wijken, ...data.buurten]) names.set(f.properties.code, f.properties.name);
    const options: AreaOption[] = [];
    for (const w of [...data.wijken].sort((a, b) => a.properties.code.localeCompare(b.properties.code))) {
      options.push({ code: w.properties.code, label: w.properties.name });
      for (const b of data.buurten
        .filter((x) => x.properties.parentCode === w.properties.code)
        .sort((x, y) => x.properties.code.localeCompare(y.properties.code)))
        options.push({ code: b.properties.code, label: `— ${b.properties.name}` });
    }
    return { options, nameOf: (code: string) => names.get(code) ?? code };
  }, [data]);
}
