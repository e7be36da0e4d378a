/**
 * Early signals (vroegsignalen) in the web app: the API calls (POST and GET /partner-signals), the
 * themes and urgencies the form offers, and pure helpers (the area list, the label of the inbox
 * badge, the client-side hint about names). The server decides; the hint only helps before sending.
 */
import { api, type ApiClient } from '../../api/client.ts';
import type { AreaFeature, Body, Reply } from '../../api/types.ts';

export type EarlySignalBody = Body<'/api/v1/partner-signals'>;
export type EarlySignalCreated = Reply<'/api/v1/partner-signals', 'post'>;
export type EarlySignalList = Reply<'/api/v1/partner-signals'>;
export type EarlySignalItem = EarlySignalList['items'][number];
export type Theme = EarlySignalBody['theme'];
export type Urgency = EarlySignalBody['urgency'];

export const THEMES: readonly Theme[] = [
  'overlast-jeugd',
  'verward-gedrag',
  'ondermijning-drugs',
  'woonoverlast',
  'onveiligheidsgevoel',
  'huiselijk-geweld',
  'radicalisering',
  'overig',
];
export const URGENCIES: readonly Urgency[] = ['normal', 'high', 'urgent'];

export const raiseEarlySignal = (body: EarlySignalBody, csrf: string | null, c: ApiClient = api) =>
  c.request<EarlySignalCreated>('/api/v1/partner-signals', { method: 'POST', body, csrfToken: csrf });

export const listEarlySignals = (open?: boolean, c: ApiClient = api) =>
  c.request<EarlySignalList>(`/api/v1/partner-signals?limit=50${open === undefined ? '' : `&open=${open}`}`);

export interface AreaOption {
  code: string;
  name: string;
}

/** The wijken, each followed by its buurten, by name: the area list of the form (a wijk is a choice too). */
export function areaOptions(
  wijken: readonly AreaFeature[],
  buurten: readonly AreaFeature[],
): Array<{ wijk: AreaOption; buurten: AreaOption[] }> {
  const byName = (a: AreaOption, b: AreaOption) => a.name.localeCompare(b.name, 'nl');
  const option = (f: AreaFeature): AreaOption => ({ code: f.properties.code, name: f.properties.name });
  return wijken
    .map(option)
    .sort(byName)
    .map((wijk) => ({
      wijk,
      buurten: buurten
        .filter((b) => b.properties.parentCode === wijk.code)
        .map(option)
        .sort(byName),
    }));
}

/** The inbox badge of an early signal: "Vroegsignaal · Politie Dordrecht". */
export const badgeText = (label: string, partnerName: string | null): string => (partnerName ? `${label} · ${partnerName}` : label);

/** Probable contact details typed into the text (e-mail, phone): shown as a hint before sending. */
export function contactDetailsIn(text: string): boolean {
  return /[\w.+-]+@[\w-]+\.[\w.-]+/.test(text) || /(?:\+31|0031|(?<!\d)0)[\s-]?(?:\d[\s-]?){8}\d(?!\d)/.test(text);
}
