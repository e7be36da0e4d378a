/**
 * The wijkgesprek report as one self-contained HTML page in plain Dutch (no scripts, no external
 * resources), printable and the source of the PDF (report-pdf.ts).
 */
import type { ComponentKey } from '../profile/components.ts';
import { mapSvg } from './map.ts';
import { networkHtml } from './network.ts';
import type { ReportData } from './data.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const nl = (v: number | null, d = 1) =>
  v === null ? '–' : v.toLocaleString('nl-NL', { minimumFractionDigits: d, maximumFractionDigits: d });

const NAMES: Record<ComponentKey, string> = {
  crime: 'Geregistreerde criminaliteit',
  nuisance: 'Meldingen van overlast',
  victimisation: 'Slachtofferschap',
  perceived: 'Onveiligheidsgevoel',
};

/** Colour of an index: green below 90, yellow 90–110, orange 110–150, red above; grey when missing. */
export function indexColour(index: number | null): string {
  if (index === null) return '#ddd';
  if (index < 90) return '#a6d96a';
  if (index <= 110) return '#ffffbf';
  if (index <= 150) return '#fdae61';
  return '#d7191c';
}

function indexTable(d: ReportData): string {
  const rows = (Object.keys(NAMES) as ComponentKey[]).map((k) => {
    const c = d.profile.indices[k];
    const n = c.n === null ? '' : ` (n = ${c.n})`;
    return `<tr><td>${NAMES[k]}</td><td class="idx" style="background:${indexColour(c.index)}">${nl(c.index, 0)}</td><td>${nl(c.value)} ${esc(c.unit)}${n}</td><td>${esc(c.source)}</td></tr>`;
  });
  return `<table><thead><tr><th>Index</th><th>Wijk</th><th>Waarde</th><th>Bron</th></tr></thead><tbody>${rows.join('')}</tbody></table>
  <p>Gecombineerd (objectief ${d.profile.combined.weightObjective}%, subjectief ${100 - d.profile.combined.weightObjective}%): <b>${nl(d.profile.combined.combined, 0)}</b></p>`;
}

function buurtTable(d: ReportData): string {
  if (!d.buurten.length) return '';
  const rows = d.buurten.map(
    (b) =>
      `<tr><td>${esc(b.areaName)}</td>${(Object.keys(NAMES) as ComponentKey[]).map((k) => `<td class="idx" style="background:${indexColour(b.indices[k].index)}">${nl(b.indices[k].index, 0)}</td>`).join('')}</tr>`,
  );
  return `<table><thead><tr><th>Buurt</th><th>Criminaliteit</th><th>Overlast</th><th>Slachtoffers</th><th>Onveilig</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function trendList(d: ReportData): string {
  const lines = d.trends.survey.flatMap((s) =>
    s.overall
      ? [
          `${esc(s.indicatorCode)}: ${s.overall.fromYear} → ${s.overall.toYear} ${s.overall.difference > 0 ? '+' : ''}${nl(s.overall.difference)} ${s.overall.significant === null ? '(geen marges: niet te toetsen)' : s.overall.significant ? '(significant)' : '(niet significant)'}`,
        ]
      : [],
  );
  const crime = d.trends.crime
    .filter((c) => c.ratePer1000 !== null)
    .map((c) => `${c.year}: ${nl(c.ratePer1000)} misdrijven per 1.000 inwoners`);
  const all = [...lines, ...crime];
  return all.length ? `<ul>${all.map((l) => `<li>${l}</li>`).join('')}</ul>` : '<p>Nog geen cijfers over meerdere jaren.</p>';
}

function list<T>(items: T[], empty: string, line: (t: T) => string): string {
  return items.length ? `<ul>${items.map((i) => `<li>${line(i)}</li>`).join('')}</ul>` : `<p>${empty}</p>`;
}

function hotTimesHtml(d: ReportData): string {
  const h = d.hotTimes;
  if (h.events === null)
    return `<p>Minder dan ${d.minCount} incidenten met tijdstip in deze wijk: te weinig om drukke momenten te tonen.</p>`;
  if (!h.events) return '<p>Geen incidenten met tijdstip geladen voor deze wijk; drukke momenten zijn niet te bepalen.</p>';
  return list(h.blocks, '', (b) => `${esc(b.label)}: ${nl(b.share)}% van ${h.events} incidenten`);
}

const STYLE = `body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:11pt;color:#111;margin:24px}h1{font-size:18pt;margin:0 0 4px}h2{font-size:13pt;margin:18px 0 6px;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%;margin:6px 0}th,td{border:1px solid #bbb;padding:3px 6px;text-align:left;font-size:10pt}.idx{text-align:center;font-weight:bold}.note{font-size:9pt;color:#444}
.gaps li{color:#8a3b00}.demo{border:1px solid #8a3b00;padding:4px 8px;font-size:10pt}h3{font-size:11pt;margin:10px 0 4px}.warn{color:#8a3b00}@page{size:A4;margin:14mm}`;

export function reportHtml(d: ReportData): string {
  const p = d.profile;
  const byBuurt = new Map(d.buurten.map((b) => [b.areaCode, b.combined.combined ?? b.indices.crime.index]));
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Wijkgesprek ${esc(d.wijk.name)} ${p.year}</title><style>${STYLE}</style></head><body>
<h1>Veiligheid in ${esc(d.wijk.name)} — ${p.year}</h1>${p.demo ? `\n<p class="demo"><strong>Demo</strong> — dit stuk bevat verzonnen voorbeeldgegevens (enquête, buurtpeiling of verhalen), geen echte cijfers.</p>` : ''}
<p class="note">Gespreksstuk voor het wijkgesprek. ${d.wijk.population ? `${d.wijk.population.toLocaleString('nl-NL')} inwoners. ` : ''}Indexen: 100 = gemiddelde van de gemeente in ${p.baseYear}; hoger = meer problemen.</p>
<h2>Kaart</h2>${mapSvg(d.map, (code) => indexColour(byBuurt.get(code) ?? null))}
<p class="note">Kleur per buurt: gecombineerde index (of criminaliteit als die ontbreekt). Groen onder 90, geel 90–110, oranje 110–150, rood boven 150, grijs: geen cijfer.</p>
<h2>Vier indexen naast elkaar</h2>${indexTable(d)}${buurtTable(d)}
<h2>Wat ontbreekt</h2>${list(p.gaps, 'Alle vier de cijfers zijn er.', (g) => esc(g.message)).replace('<ul>', '<ul class="gaps">')}
<h2>Ontwikkeling</h2>${trendList(d)}
<h2>Meest gemelde onderwerpen</h2>${list(d.categories, `Geen meldingen in ${p.year}.`, (c) => `${esc(c.name)}: ${c.reports ?? `minder dan ${d.minCount}`}`)}
<h2>Drukke momenten</h2>${hotTimesHtml(d)}
<h2>Wat bewoners zeggen</h2>
<p>Buurtpeiling ${p.year}: ${p.pulse ? `${p.pulse.n} antwoorden${p.pulse.suppressed ? ' (te weinig om cijfers te tonen)' : `, gemiddeld ${nl(p.pulse.meanDay)} overdag en ${nl(p.pulse.meanNight)} ’s avonds`}` : 'nog geen antwoorden'}. De peiling is zelf aangemeld en geen steekproef.</p>
${list(d.themes, 'Nog geen goedgekeurde verhalen met thema’s.', (t) => `${esc(t.name)}: ${t.stories} ${t.stories === 1 ? 'verhaal' : 'verhalen'}`)}
${d.stories.map((s) => `<blockquote>“${esc(s.text)}” <span class="note">(${esc(s.month)})</span></blockquote>`).join('')}
${networkHtml(d.network, d.minCount)}
<h2>Hoe lees je dit?</h2><p class="note">${esc(p.method)}</p>
</body></html>`;
}
