/**
 * Reads what a resident types into the address search: a postcode with or without a number
 * ("3311AB 12", "3311 ab", "3311"), or a street with or without a number and woonplaats
 * ("Voorstraat 12", "voorstr 12a", "Voorstraat 12-bis, Dordrecht", "voorstraat"), or the search's own
 * label ("Voorstraat 12, 3311 AB Dordrecht": the postcode after the comma makes it a postcode query). Pure.
 */

export interface NumberPart {
  huisnummer: number;
  /** Upper case; '' when not given. */
  huisletter: string;
  /** Upper case; '' when not given. */
  toevoeging: string;
}

export type AddressQuery =
  | { kind: 'postcode'; postcode: string; number: NumberPart | null }
  | { kind: 'street'; street: string; number: NumberPart | null; woonplaats: string };

const POSTCODE = /^([1-9]\d{3})\s*([a-z]{2})?(?:\s*(\d{1,5})(?:\s*([a-z]))?(?:[\s-]+([a-z0-9]{1,4}))?)?$/i;
const NUMBER = /^(\d{1,5})([a-z])?(?:-([a-z0-9]{1,4}))?$/i;
/** A postcode opening the part after the comma, as the search's labels write it ("3311 ab dordrecht"). */
const LABEL_POSTCODE = /^([1-9]\d{3})\s?([a-z]{2})(?:\s|$)/i;

/** Lower case, accents kept, runs of white space made one space. */
export const squash = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

export function parseAddressQuery(q: string): AddressQuery {
  const text = squash(q);
  const pc = POSTCODE.exec(text);
  if (pc) {
    const number = pc[3] ? numberPart(pc[3], pc[4], pc[5]) : null;
    return { kind: 'postcode', postcode: `${pc[1]}${(pc[2] ?? '').toUpperCase()}`, number };
  }
  const [main = '', ...rest] = text.split(',');
  const tokens = main.trim().split(' ');
  const at = tokens.findIndex((t, i) => i > 0 && NUMBER.test(t));
  if (at === -1) return { kind: 'street', street: main.trim(), number: null, woonplaats: rest.join(',').trim() };
  const m = NUMBER.exec(tokens[at]!)!;
  let letter = m[2];
  let addition = m[3];
  let i = at + 1;
  const lettered = /^([a-z])(?:-([a-z0-9]{1,4}))?$/.exec(tokens[i] ?? '');
  if (!letter && !addition && lettered) {
    letter = lettered[1];
    addition = lettered[2];
    i++;
  }
  const next = tokens[i] ?? '';
  if (!addition && /^-?[a-z0-9]{1,4}$/.test(next) && (next.startsWith('-') || /^\d+$/.test(next))) {
    addition = next.replace(/^-/, '');
    i++;
  }
  const number = numberPart(m[1]!, letter, addition);
  const labelled = LABEL_POSTCODE.exec(squash(rest.join(',')));
  if (labelled) return { kind: 'postcode', postcode: `${labelled[1]}${labelled[2]!.toUpperCase()}`, number };
  const woonplaats = squash([tokens.slice(i).join(' '), ...rest].join(' '));
  return { kind: 'street', street: tokens.slice(0, at).join(' '), number, woonplaats };
}

function numberPart(n: string, letter: string | undefined, addition: string | undefined): NumberPart {
  return { huisnummer: Number(n), huisletter: (letter ?? '').toUpperCase(), toevoeging: (addition ?? '').toUpperCase() };
}

/** "3311AB" → "3311 AB". */
export const showPostcode = (p: string) => (p.length === 6 ? `${p.slice(0, 4)} ${p.slice(4)}` : p);

/** "12A-2": number, letter, addition as BAG writes them in one line. */
export const showNumber = (n: { huisnummer: number; huisletter: string; toevoeging: string }) =>
  `${n.huisnummer}${n.huisletter}${n.toevoeging ? `-${n.toevoeging}` : ''}`;

/** Escapes LIKE wildcards so typed text is matched literally. */
export const likePrefix = (s: string) => `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
