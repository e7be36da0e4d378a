/**
 * Automatic findings on residents' stories, offered to the moderator as suggestions (nothing is
 * changed or rejected automatically):
 *  - personal data: e-mail addresses, Dutch phone numbers (06…, 0xx…, +31…), postcode with house
 *    number ("3311 AB 12", "Voorstraat 12"), and person names and house-number references
 *    ("Jan de Vries", "mevrouw Jansen", "J. de Vries", "nummer 12", "op 14b": person-names.ts);
 *  - offensive words: data/perception/offensive-words.txt (whole words; `stem*` also longer words);
 *  - near-duplicates: Jaccard similarity of word 3-shingles (hashed) ≥ 0.8 with an earlier story
 *    (Broder 1997, "On the resemblance and containment of documents").
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../core/config.ts';
import type { StoryFlag } from '../tables.ts';
import { findNamesAndHouseNumbers } from './person-names.ts';

// E-mail addresses are found by a linear scan (findEmails), not a pattern: `[\w.+-]+@…` scanned
// globally backtracks over every long word without an @ (quadratic: 3 s at 50,000 characters).
// The patterns below have bounded or non-overlapping repetition only.
const PII_PATTERNS: { kind: StoryFlag['kind']; re: RegExp }[] = [
  { kind: 'phone', re: /(?:\+31[\s-]?|\b0)(?:6[\s-]?\d(?:[\s-]?\d){7}|[1-9]\d{1,2}[\s-]?\d(?:[\s-]?\d){5,6})\b/g },
  { kind: 'postcode-address', re: /\b[1-9]\d{3}\s?[A-Z]{2}\b(?:\s+\d+(?:\s?[a-zA-Z]\b)?)?/g },
  {
    kind: 'postcode-address',
    re: /\b[A-Z][a-z]+(?:straat|weg|laan|plein|kade|singel|dijk|gracht|steeg|hof|park|dreef|pad|markt|haven|wal|plantsoen|erf|ring|burg|hoven)\s+\d+(?:\s?[a-zA-Z]\b)?/g,
  },
];

export const OFFENSIVE_WORDS_FILE = path.join(projectRoot, 'data', 'perception', 'offensive-words.txt');
let stems: string[] | undefined;

function offensiveStems(): string[] {
  stems ??= fs
    .readFileSync(OFFENSIVE_WORDS_FILE, 'utf8')
    .split('\n')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l && !l.startsWith('#'));
  return stems;
}

const isLocalChar = (c: string) => /[\w.+-]/.test(c);
const isDomainChar = (c: string) => /[\w-]/.test(c);

/**
 * E-mail addresses as `local@label(.label)+` in linear time: from each `@` extend left over local
 * characters and right over domain labels; every character is visited a bounded number of times.
 */
export function findEmails(text: string): StoryFlag[] {
  const flags: StoryFlag[] = [];
  let scannedTo = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > scannedTo && isLocalChar(text[start - 1]!)) start--;
    let end = at + 1;
    let labels = 0;
    let lastLabelEnd = -1;
    for (;;) {
      let e = end;
      while (e < text.length && isDomainChar(text[e]!)) e++;
      if (e === end) break;
      labels++;
      lastLabelEnd = e;
      if (text[e] !== '.' || e + 1 >= text.length || !isDomainChar(text[e + 1]!)) break;
      end = e + 1;
    }
    if (start === at || labels < 2) continue;
    flags.push({ kind: 'email', match: text.slice(start, lastLabelEnd), start, end: lastLabelEnd });
    scannedTo = lastLabelEnd;
    at = lastLabelEnd - 1;
  }
  return flags;
}

export function findPersonalData(text: string): StoryFlag[] {
  const flags: StoryFlag[] = [...findEmails(text), ...findNamesAndHouseNumbers(text)];
  for (const { kind, re } of PII_PATTERNS) {
    for (const m of text.matchAll(re)) flags.push({ kind, match: m[0], start: m.index, end: m.index + m[0].length });
  }
  return flags.sort((a, b) => a.start - b.start);
}

export function findOffensive(text: string): StoryFlag[] {
  const list = offensiveStems();
  const flags: StoryFlag[] = [];
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const word = m[0].toLowerCase();
    if (list.some((s) => (s.endsWith('*') ? word.startsWith(s.slice(0, -1)) : word === s)))
      flags.push({ kind: 'offensive', match: m[0], start: m.index, end: m.index + m[0].length });
  }
  return flags;
}

/** Replaces the given spans with [verwijderd] (the moderator's accepted suggestions). */
export function redact(text: string, spans: { start: number; end: number }[]): string {
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) out = `${out.slice(0, s.start)}[verwijderd]${out.slice(s.end)}`;
  return out;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Sorted unique hashes of word 3-shingles of the normalised text (1-shingles for very short texts). */
export function shingles(text: string): number[] {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const k = words.length >= 3 ? 3 : 1;
  const set = new Set<number>();
  for (let i = 0; i + k <= words.length; i++) set.add(fnv1a(words.slice(i, i + k).join(' ')));
  return [...set].sort((a, b) => a - b);
}

/** Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted hash lists. */
export function jaccard(a: number[], b: number[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return both / (a.length + b.length - both);
}

export const DUPLICATE_THRESHOLD = 0.8;
