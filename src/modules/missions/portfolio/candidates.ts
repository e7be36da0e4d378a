/**
 * Early-warning alerts (analysis `farringtonAssess` per area and crime type) as candidate missions.
 * Alerts of the same buurt and crime type are grouped; a candidate shows how far counts exceeded
 * the expectation (excess = Σ count − Σ expected, ratio = Σ count / Σ expected over its alert
 * weeks) and whether an open mission already covers that buurt and crime type. Candidates are
 * ordered by excess (descending). The web page turns one into a mission with POST /missions
 * (`origin` = the candidate).
 */
import type { Alert } from '../../analysis-views/index.ts';

export interface MissionCoverage {
  id: string;
  number: string;
  status: string;
  buurten: string[];
  crimeTypes: string[];
}

export interface Candidate {
  key: string;
  areaCode: string;
  areaName: string | null;
  crimeType: string;
  weeks: string[];
  count: number;
  expected: number;
  excess: number;
  ratio: number;
  coveredBy: { id: string; number: string } | null;
  suggestedTitle: string;
}

const matchesType = (type: string, codes: string[]) =>
  codes.length === 0 || codes.includes('0.0.0') || codes.some((c) => (c.endsWith('.*') ? type.startsWith(c.slice(0, -1)) : c === type));

export function candidatesFromAlerts(alerts: readonly Alert[], missions: readonly MissionCoverage[] = []): Candidate[] {
  const groups = new Map<string, Alert[]>();
  for (const a of alerts) {
    const key = `${a.areaCode}|${a.crimeType}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const open = missions.filter((m) => m.status !== 'closed');
  return [...groups]
    .map(([key, list]) => {
      const first = list[0]!;
      const count = list.reduce((s, a) => s + a.count, 0);
      const expected = list.reduce((s, a) => s + a.expected, 0);
      const cover = open.find((m) => m.buurten.includes(first.areaCode) && matchesType(first.crimeType, m.crimeTypes));
      return {
        key,
        areaCode: first.areaCode,
        areaName: first.areaName ?? null,
        crimeType: first.crimeType,
        weeks: list.map((a) => a.weekStart).sort(),
        count,
        expected,
        excess: count - expected,
        ratio: expected > 0 ? count / expected : Infinity,
        coveredBy: cover ? { id: cover.id, number: cover.number } : null,
        suggestedTitle: `Stijging ${first.crimeType} in ${first.areaName ?? first.areaCode}`,
      };
    })
    .sort((a, b) => b.excess - a.excess || a.key.localeCompare(b.key));
}
