/**
 * "Netwerk in de wijk" in the wijkgesprek report: the sections of the area's network the reader may
 * see (composed by area-network from the modules' sections), as plain Dutch HTML. Codes of kinds
 * and statuses are named in Dutch, an unknown code is shown as it is; suppressed figures read
 * "klein aantal". Readable when there is nothing: every section says so.
 */
import type { AreaNetworkItem, AreaNetworkKey } from '../../../core/module-contract.ts';
import type { AreaNetwork } from '../../area-network/index.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const SECTION_NAMES: Record<AreaNetworkKey, { title: string; empty: string }> = {
  partners: { title: 'Partners', empty: 'Nog geen partners vastgelegd voor dit gebied.' },
  agreements: { title: 'Afspraken', empty: 'Nog geen afspraken (convenanten) vastgelegd.' },
  missions: { title: 'Opgaven', empty: 'Geen lopende opgaven in dit gebied.' },
  initiatives: { title: 'Bewonersinitiatieven', empty: 'Nog geen bewonersinitiatieven vastgelegd.' },
  youthGroups: { title: 'Jeugdgroepen', empty: 'Geen jeugdgroepen vastgelegd.' },
  targetGroups: { title: 'Kwetsbare doelgroepen', empty: 'Nog geen doelgroepen met cijfers voor dit gebied.' },
  cases: { title: 'Persoonsgerichte aanpak', empty: 'Geen cijfers van de persoonsgerichte aanpak voor dit gebied.' },
  measures: { title: 'Bestuurlijke maatregelen', empty: 'Geen actieve bestuurlijke maatregelen in dit gebied.' },
  compliance: { title: 'Naleving (handhaving)', empty: 'Geen handhavingsregistraties voor dit gebied.' },
};

/** Dutch names of the kind and status codes the sections use (the owning modules define them). */
export const KIND_NAMES: Record<string, string> = {
  police: 'politie',
  'housing-corporation': 'woningcorporatie',
  'social-team': 'sociaal wijkteam',
  school: 'school',
  'care-provider': 'zorgaanbieder',
  care: 'zorg',
  'faith-community': 'geloofsgemeenschap',
  'business-association': 'ondernemersvereniging',
  business: 'ondernemers',
  'sports-club': 'sportvereniging',
  'residents-association': 'bewonersvereniging',
  residents: 'bewoners',
  'youth-work': 'jongerenwerk',
  municipality: 'gemeente',
  'public-prosecutor': 'Openbaar Ministerie',
  probation: 'reclassering',
  'safety-house': 'Zorg- en Veiligheidshuis',
  convenant: 'convenant',
  'information-sharing': 'convenant informatiedeling',
  mission: 'opgave',
  'public-mission': 'opgave',
  new: 'nieuw',
  'in-contact': 'in contact',
  supported: 'ondersteund',
  active: 'actief',
  ended: 'beëindigd',
  hinderlijk: 'hinderlijk',
  overlastgevend: 'overlastgevend',
  crimineel: 'crimineel',
  other: 'overig',
  pga: 'cijfers, geen personen',
  enforcement: 'handhaving (BOA)',
};

const nameOf = (code: string) => KIND_NAMES[code] ?? code;

function figuresHtml(item: AreaNetworkItem): string {
  if (!item.figures?.length) return '';
  const parts = item.figures.map(
    (f) =>
      `${esc(f.label)}${f.period ? ` (${esc(f.period)})` : ''}: ${f.value === null ? 'klein aantal' : f.value.toLocaleString('nl-NL')}`,
  );
  return ` — ${parts.join('; ')}`;
}

function itemHtml(item: AreaNetworkItem): string {
  const detail = item.detail ? ` — ${esc(item.detail)}` : '';
  const warning = item.warning ? ` <strong class="warn">Let op: ${esc(item.warning)}</strong>` : '';
  return `<li><b>${esc(item.title)}</b> (${esc(nameOf(item.kind))})${detail}${figuresHtml(item)}${warning}</li>`;
}

export function networkHtml(network: AreaNetwork, minCount: number): string {
  const keys = Object.keys(network.sections) as AreaNetworkKey[];
  const parts = keys.map((key) => {
    const rows = network.sections[key] ?? [];
    const body = rows.length ? `<ul>${rows.map(itemHtml).join('')}</ul>` : `<p>${SECTION_NAMES[key].empty}</p>`;
    return `<h3>${SECTION_NAMES[key].title}</h3>${body}`;
  });
  const missing = network.unavailable.map((k) => SECTION_NAMES[k].title.toLowerCase());
  const unavailable = missing.length ? `<p class="note">Kon nu niet worden geladen: ${missing.join(', ')}.</p>` : '';
  const none = keys.length ? '' : '<p>Er is nog geen netwerk van deze wijk vastgelegd dat u mag inzien.</p>';
  const suppressed = keys.some((k) => k === 'targetGroups' || k === 'cases' || k === 'compliance')
    ? `<p class="note">"Klein aantal": minder dan ${minCount}, niet getoond om personen te beschermen.</p>`
    : '';
  return `<h2>Netwerk in de wijk</h2>${none}${parts.join('')}${unavailable}${suppressed}`;
}
