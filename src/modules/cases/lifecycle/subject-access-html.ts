/** The subject access export as a self-contained Dutch HTML page (the source of the PDF). */
import type { SubjectAccessExport } from './subject-access.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const text = (v: unknown): string => (v === null || v === undefined || v === '' ? '—' : esc(Array.isArray(v) ? v.join(', ') : String(v)));

function table(caption: string, heads: string[], rows: unknown[][]): string {
  if (rows.length === 0) return `<h2>${esc(caption)}</h2><p>Geen.</p>`;
  const head = heads.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${text(c)}</td>`).join('')}</tr>`).join('');
  return `<h2>${esc(caption)}</h2><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function facts(caption: string, pairs: [string, unknown][]): string {
  return `<h2>${esc(caption)}</h2><dl>${pairs.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${text(v)}</dd>`).join('')}</dl>`;
}

const STYLE = `body{font:10.5pt/1.4 system-ui,sans-serif;color:#111;margin:0}h1{font-size:16pt}h2{font-size:12pt;margin-top:1.2em}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:3px 5px;text-align:left;vertical-align:top}
dl{display:grid;grid-template-columns:12em 1fr;gap:2px 8px}dt{font-weight:600}pre{white-space:pre-wrap}`;

export function subjectAccessHtml(x: SubjectAccessExport): string {
  const c = x.case;
  const sections = [
    facts('Casus', [
      ['Referentie', c.reference],
      ['Status', c.status],
      ['Criteria', c.criteria],
      ['Traject', c.trajectory],
      ['Grondslag', c.legalBasis],
      ['Geopend', c.openedAt],
      ['Plan vastgesteld', c.planSetAt],
      ['Afgesloten', c.closedAt],
      ['Reden van afsluiten', c.closingReason],
    ]),
    facts('Persoon', [
      ['Naam', x.person.name],
      ['Geboortedatum', x.person.birthDate],
      ['BSN', x.person.bsn],
      ['Adres', x.person.address],
      ['Zorginformatie', x.person.careInfo],
    ]),
    table(
      'Huishouden',
      ['Naam', 'Geboortedatum', 'Relatie'],
      x.household.map((h) => [h.name, h.birthDate, h.relation]),
    ),
    table(
      'Betrokken organisaties',
      ['Rol', 'Organisatie', 'Sinds'],
      x.organisations.map((o) => [o.role, o.organisation, o.since]),
    ),
    table(
      'Partners',
      ['Organisatie'],
      x.partners.map((p) => [p]),
    ),
    table(
      'Koppelingen',
      ['Soort', 'Verwijzing', 'Omschrijving'],
      x.links.map((l) => [l.kind, l.ref, l.label]),
    ),
    table(
      'Statusgeschiedenis',
      ['Van', 'Naar', 'Reden', 'Moment'],
      x.statusHistory.map((h) => [h.from, h.to, h.reason, h.at]),
    ),
    table(
      'Doorbroken toegang (break-glass)',
      ['Organisatie', 'Reden', 'Geopend', 'Tot'],
      x.breakGlass.map((g) => [g.organisation, g.reason, g.openedAt, g.expiresAt]),
    ),
    table(
      'Verwerkingen (logboek)',
      ['Moment', 'Activiteit', 'Handeling', 'Organisatie', 'Uitkomst'],
      x.processing.map((p) => [p.time, p.description, p.operation, p.organisation, p.status]),
    ),
    table(
      'Andere casussen van deze persoon',
      ['Referentie'],
      x.otherCases.map((r) => [r]),
    ),
    ...Object.entries(x.parts).map(([key, value]) => `<h2>${esc(key)}</h2><pre>${esc(JSON.stringify(value, null, 2))}</pre>`),
  ];
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Inzageverzoek ${esc(c.reference)}</title><style>${STYLE}</style></head>
<body><h1>Inzageverzoek (AVG art. 15) — casus ${esc(c.reference)}</h1><p>Gemaakt op ${esc(x.generatedAt)}. Alle gegevens die Stadsveilig over deze persoon in deze casus bewaart.</p>
${sections.join('\n')}</body></html>`;
}
