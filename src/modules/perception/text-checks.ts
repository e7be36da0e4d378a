/**
 * Automatic findings on residents' stories, offered to the moderator as suggestions (nothing is
 * changed or rejected automatically):
 *  - personal data: e-mail addresses, Dutch phone numbers (06…, 0xx…, +31…), postcode with house
 *    number ("3311 AB 12", "Voorstraat 12"), names after meneer/mevrouw/dhr./mw./buurman/buurvrouw;
 *  - offensive words: data/perception/offensive-words.txt (whole words; `stem*` also longer words);
 *  - near-duplicates: Jaccard similarity of word 3-shingles (hashed) ≥ 0.8 with an earlier story
 *    (Broder 1997, "On the resemblance and containment of documents").
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../config/config.ts';
import type { StoryFlag } from './tables.ts';

const PII_PATTERNS: { kind: StoryFlag['kind']; re: RegExp }[] = [
  { kind: 'email', re: /[\w.+-]+@[\w-]+(\.[\w-]+)+/g },
  { kind: 'phone', re: /(?:\+31[\s-]?|\b0)(?:6[\s-]?\d(?:[\s-]?\d){7}|[1-9]\d{1,2}[\s-]?\d(?:[\s-]?\d){5,6})\b/g },
  { kind: 'postcode-address', re: /\b[1-9]\d{3}\s?[A-Z]{2}\b(?:\s+\d+\s?[a-zA-Z]?\b)?/g },
  { kind: 'postcode-address', re: /\b[A-Z][a-z]+(?:straat|weg|laan|plein|kade|singel|dijk|gracht|steeg|hof|park|dreef|pad)\s+\d+\s?[a-zA-Z]?\b/g },
  { kind: 'name', re: /\b(?:[Mm]eneer|[Mm]evrouw|[Mm]evr\.|[Dd]hr\.|[Mm]w\.|[Bb]uurman|[Bb]uurvrouw|[Dd]e heer)\s+(?:van\s+(?:de[rn]?\s+)?|de\s+)?[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?/gu },
];

export const OFFENSIVE_WORDS_FILE = path.join(projectRoot, 'data', 'perception', 'offensive-words.txt');
let stems: string[] | undefined;

function offensiveStems(): string[] {
  stems ??= fs.readFileSync(OFFENSIVE_WORDS_FILE, 'utf8').split('\n').map((l) => l.trim().toLowerCase()).filter((l) => l && !l.startsWith('#'));
  return stems;
}

export function findPersonalData(text: string): StoryFlag[] {
  const flags: StoryFlag[] = [];
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
    if (list.some((s) => (s.endsWith('*') ? word.startsWith(s.slice(0, -1)) : word === s))) flags.push({ kind: 'offensive', match: m[0], start: m.index, end: m.index + m[0].length });
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
  const words = text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
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
    if (a[i] === b[j]) (both++, i++, j++);
    else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return both / (a.length + b.length - both);
}

export const DUPLICATE_THRESHOLD = 0.8;
