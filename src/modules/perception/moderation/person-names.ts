/**
 * Dutch person names and house-number references in free text (story moderation). Rules, each a
 * suggestion for the moderator, never applied automatically:
 *  - a title followed by a capitalised word: meneer/mijnheer/mevrouw/mevr./mw./dhr./de heer/
 *    familie/fam./buurman/buurvrouw (+ tussenvoegsel) + Surname — "mevrouw Jansen", "de familie Bakker";
 *  - a first name from the hand-made list (core/person-names.ts) + tussenvoegsel? + a
 *    capitalised surname — "Jan de Vries", "Fatima El Amrani"; a first name alone is not flagged;
 *  - initials + tussenvoegsel? + Surname — "J. de Vries", "A.B. Smit";
 *  - house numbers: "nummer 12", "nr. 14b", "huisnummer 7", "no. 3", "op 14b", "op 12" when it
 *    ends a clause, is followed by "woont"/"wonen" or follows "woont op" (so "op 14 mei" and
 *    "op 3 plekken" are not).
 * A capitalised word that is a place, buurt, month or day name ends a name (never its surname),
 * so "Jan in Dordrecht" and "Piet Maandag"-like capitals at a sentence start are not names.
 */
import {
  CAPITALISED as CAP,
  INITIALS as INITIALS_PREFIX,
  isFirstName,
  NAME_TITLE as TITLE,
  TUSSENVOEGSEL as TUSSEN,
} from '../../../core/person-names.ts';
import type { StoryFlag } from '../tables.ts';

/** Capitalised words that are never a surname: places and buurten of the region, months, days. */
const NOT_SURNAMES = new Set(
  [
    'Dordrecht Sterrenburg Krispijn Wielwijk Crabbehof Zuidhoven Reeland Stadspolders Dubbeldam Binnenstad Centrum',
    'Noordflank Oudelandshoek Nieuw-Krispijn Oud-Krispijn Vogelbuurt Staart Zwijndrecht Papendrecht Sliedrecht',
    'Rotterdam Amsterdam Nederland Holland Drechtsteden Merwede Biesbosch',
    'Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December',
    'Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag Koningsdag Pasen Kerst Oud',
    'Politie Gemeente Buurtapp Jumbo Albert',
  ]
    .join(' ')
    .split(' '),
);

const TITLED = new RegExp(String.raw`${TITLE}\s+${TUSSEN}(${CAP})(?:\s+(${CAP}))?`, 'gu');
const FIRST_LAST = new RegExp(String.raw`\b(\p{Lu}\p{Ll}+)\s+${TUSSEN}(${CAP})`, 'gu');
const INITIALS = new RegExp(String.raw`${INITIALS_PREFIX}${TUSSEN}(${CAP})`, 'gu');
const HOUSE_NUMBER = /\b(?:[Hh]uisnummer|[Nn]ummer|[Nn]r\.?|[Nn]o\.)\s*\d{1,4}(?:\s?[a-zA-Z]\b)?/g;
const OP_NUMBER = /\bop\s+(\d{1,4}(?:[a-z]\b|(?=\s*(?:[.,;:)!?]|$|\s+(?:woon|woont|wonen|woonde)\b))))/g;

const LIVES_AT = /\b(?:woont|woon|wonen|woonde)\s+op\s+(\d{1,4}[a-z]?)\b/g;

const flag = (kind: StoryFlag['kind'], match: string, start: number): StoryFlag => ({ kind, match, start, end: start + match.length });

function titled(text: string): StoryFlag[] {
  const out: StoryFlag[] = [];
  for (const m of text.matchAll(TITLED)) {
    if (NOT_SURNAMES.has(m[1]!)) continue;
    const second = m[2];
    const whole = second && NOT_SURNAMES.has(second) ? m[0].slice(0, m[0].lastIndexOf(second)).trimEnd() : m[0];
    out.push(flag('name', whole, m.index));
  }
  return out;
}

function firstAndLast(text: string): StoryFlag[] {
  const out: StoryFlag[] = [];
  for (const m of text.matchAll(FIRST_LAST)) {
    if (!isFirstName(m[1]!) || NOT_SURNAMES.has(m[2]!)) continue;
    out.push(flag('name', m[0], m.index));
  }
  return out;
}

function initials(text: string): StoryFlag[] {
  return [...text.matchAll(INITIALS)].filter((m) => !NOT_SURNAMES.has(m[1]!)).map((m) => flag('name', m[0].trimEnd(), m.index));
}

function houseNumbers(text: string): StoryFlag[] {
  const out = [...text.matchAll(HOUSE_NUMBER)].map((m) => flag('postcode-address', m[0], m.index));
  for (const re of [OP_NUMBER, LIVES_AT])
    for (const m of text.matchAll(re)) out.push(flag('postcode-address', m[1]!, m.index + m[0].lastIndexOf(m[1]!)));
  return out;
}

/** Drops a finding that lies inside another of the same kind (a titled name also matches first+last). */
function withoutNested(flags: StoryFlag[]): StoryFlag[] {
  return flags.filter(
    (f, i) =>
      !flags.some(
        (g, j) => j !== i && g.kind === f.kind && g.start <= f.start && g.end >= f.end && (g.end - g.start > f.end - f.start || j < i),
      ),
  );
}

/** Person names and house-number references, as moderation suggestions (unsorted). */
export function findNamesAndHouseNumbers(text: string): StoryFlag[] {
  return withoutNested([...titled(text), ...firstAndLast(text), ...initials(text), ...houseNumbers(text)]);
}
