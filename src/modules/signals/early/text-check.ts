/**
 * An early signal is about a place and a pattern, never about residents by name: its text is
 * checked for probable person names, e-mail addresses and phone numbers, and refused with a field
 * error that says what was found and how to write it instead. The rules follow the perception
 * stories' name detection (same hand-made first-name list, data/perception/first-names.txt), which
 * signals cannot import (perception reads signals), but stricter: a known first name alone counts
 * too, because a partner's observation needs no names at all.
 * Inputs are capped by the schema (2,000 characters) before these patterns run; each is linear.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../core/config.ts';

const FIRST_NAMES_FILE = path.join(projectRoot, 'data', 'perception', 'first-names.txt');
let firstNames: Set<string> | undefined;

function names(): Set<string> {
  firstNames ??= new Set(
    fs
      .readFileSync(FIRST_NAMES_FILE, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
  return firstNames;
}

const TUSSEN = String.raw`(?:[Vv]an\s+(?:der|den|de|'t)\s+|[Vv]an\s+|[Dd]e[nr]?\s+|[Tt]e[rn]?\s+)?`;
const CAP = String.raw`\p{Lu}[\p{Ll}'’-]+`;
const TITLED = new RegExp(
  String.raw`\b(?:[Mm]eneer|[Mm]ijnheer|[Mm]evrouw|[Mm]evr\.|[Mm]w\.|[Dd]hr\.|[Dd]e\s+heer|[Ff]amilie|[Ff]am\.|[Bb]uurman|[Bb]uurvrouw)\s+${TUSSEN}${CAP}`,
  'gu',
);
const INITIALS = new RegExp(String.raw`(?<![\p{L}.])(?:\p{Lu}\.\s?){1,3}${TUSSEN}${CAP}`, 'gu');
const WORD = /\p{Lu}\p{Ll}+/gu;
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+/g;
/** Dutch phone numbers: 06-12345678, 078 123 45 67, +31 6 1234 5678, 0031…; digits with optional spaces or dashes. */
const PHONE = /(?:\+31|0031|(?<!\d)0)[\s-]?(?:\d[\s-]?){8}\d(?!\d)/g;

export interface PersonalDetail {
  kind: 'name' | 'email' | 'phone';
  match: string;
}

/** Probable person names, e-mail addresses and phone numbers in `text`, in order of appearance. */
export function findPersonalDetails(text: string): PersonalDetail[] {
  const found: Array<PersonalDetail & { at: number }> = [];
  const add = (kind: PersonalDetail['kind'], re: RegExp, keep: (m: string) => boolean = () => true) => {
    for (const m of text.matchAll(re)) if (keep(m[0])) found.push({ kind, match: m[0].trim(), at: m.index });
  };
  add('name', TITLED);
  add('name', INITIALS);
  add('name', WORD, (w) => names().has(w));
  add('email', EMAIL);
  add('phone', PHONE);
  return found.sort((a, b) => a.at - b.at).map(({ kind, match }) => ({ kind, match }));
}

const WHAT = { name: 'a name', email: 'an e-mail address', phone: 'a phone number' } as const;

/** The field error's reason for what was found, with how to write it instead; null when the text is fine. */
export function personalDetailsReason(text: string): string | null {
  const found = findPersonalDetails(text);
  if (!found.length) return null;
  const list = [...new Set(found.map((f) => `${WHAT[f.kind]} ('${f.match.slice(0, 40)}')`))].slice(0, 3).join(', ');
  return (
    `the text seems to contain ${list}. Describe what you saw without naming residents or giving contact details: ` +
    `e.g. 'een groep van vijf jongeren bij het speelveld', 'een bewoner van de flat aan de Singel', 'de bewoner van een bovenwoning'`
  );
}
