/**
 * The one Dutch person-name vocabulary that free-text checks work with (story moderation in
 * perception, early signals in signals): the hand-made first-name list
 * (data/perception/first-names.txt), tussenvoegsels, capitalised surnames and the titles that
 * precede a name. Each module builds its own rules from these parts (a moderator's suggestion, a
 * refusal); every part is linear on its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './config.ts';

export const FIRST_NAMES_FILE = path.join(projectRoot, 'data', 'perception', 'first-names.txt');
let firstNames: Set<string> | undefined;

/** Whether `word` (capitalised as written) is on the first-name list; the list is read once. */
export function isFirstName(word: string): boolean {
  firstNames ??= new Set(
    fs
      .readFileSync(FIRST_NAMES_FILE, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
  return firstNames.has(word);
}

/** An optional tussenvoegsel with its trailing space: "van der ", "de ", "ter ", "in 't ". */
export const TUSSENVOEGSEL = String.raw`(?:[Vv]an\s+(?:der|den|de|'t)\s+|[Vv]an\s+|[Dd]e[nr]?\s+|[Tt]e[rn]?\s+|[Ii]n\s+'t\s+|'t\s+)?`;
/** A capitalised surname, double-barrelled too: "Jansen", "El-Amrani", "Bakker-Smit". */
export const CAPITALISED = String.raw`\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?`;
/** A form of address that precedes a surname: meneer, mevrouw, dhr., de familie, buurman, … */
export const NAME_TITLE = String.raw`\b(?:[Mm]eneer|[Mm]ijnheer|[Mm]evrouw|[Mm]evr\.|[Mm]w\.|[Dd]hr\.|[Dd]e\s+heer|[Ff]amilie|[Ff]am\.|[Bb]uurman|[Bb]uurvrouw)`;
/** Initials before a name: "J. ", "A.B. " (not inside a word or after a dot). */
export const INITIALS = String.raw`(?<![\p{L}.])(?:\p{Lu}\.\s?){1,3}`;
