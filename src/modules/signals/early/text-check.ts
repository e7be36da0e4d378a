/**
 * An early signal is about a place and a pattern, never about residents by name: its text is
 * checked for probable person names, e-mail addresses and phone numbers, and refused with a field
 * error that says what was found and how to write it instead. The rules follow the perception
 * stories' name detection (the same vocabulary, core/person-names.ts), but stricter: a known first name alone counts
 * too, because a partner's observation needs no names at all.
 * Inputs are capped by the schema (2,000 characters) before these patterns run; each is linear.
 */
import { CAPITALISED, INITIALS as INITIALS_PREFIX, isFirstName, NAME_TITLE, TUSSENVOEGSEL } from '../../../core/person-names.ts';

const TITLED = new RegExp(String.raw`${NAME_TITLE}\s+${TUSSENVOEGSEL}${CAPITALISED}`, 'gu');
const INITIALS = new RegExp(String.raw`${INITIALS_PREFIX}${TUSSENVOEGSEL}${CAPITALISED}`, 'gu');
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
  add('name', WORD, isFirstName);
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
