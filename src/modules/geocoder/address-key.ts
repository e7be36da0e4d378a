/**
 * The normalised key of a Dutch address, shared by the address import and the incident rows that
 * look an address up:
 * - postcode: upper case, spaces dropped ("3311 ab" → "3311AB"); 4 digits (not starting with 0)
 *   and 2 letters;
 * - huisnummer: a whole number 1–99999;
 * - huisletter: one letter, upper case; '' when absent;
 * - huisnummertoevoeging: up to 4 letters or digits, upper case, spaces and hyphens dropped
 *   ("-2" → "2", "bis" → "BIS"); '' when absent.
 * BAG compares letters and additions without regard to case in practice, so case is dropped here.
 */
import { short } from '../../core/import-text.ts';

export interface AddressKey {
  postcode: string;
  huisnummer: number;
  huisletter: string;
  toevoeging: string;
}

export interface AddressInput {
  postcode: string;
  huisnummer: string;
  huisletter?: string;
  toevoeging?: string;
}

export type AddressField = 'postcode' | 'huisnummer' | 'huisletter' | 'toevoeging';

/** The first problem of an address, with the field it belongs to. */
export interface AddressProblem {
  field: AddressField;
  reason: string;
}

const POSTCODE = /^[1-9][0-9]{3}[A-Z]{2}$/;
const NUMBER = /^[0-9]{1,5}$/;
const LETTER = /^[A-Z]?$/;
const ADDITION = /^[A-Z0-9]{0,4}$/;

export const normalizePostcode = (raw: string): string => raw.replace(/\s+/g, '').toUpperCase();
const normalizeLetter = (raw: string): string => raw.trim().toUpperCase();
const normalizeAddition = (raw: string): string => raw.replace(/[\s-]+/g, '').toUpperCase();

/** The normalised key, or the first problem found (postcode, then huisnummer, letter, addition). */
export function parseAddress(input: AddressInput): AddressKey | AddressProblem {
  const postcode = normalizePostcode(input.postcode);
  if (!postcode) return { field: 'postcode', reason: 'is empty' };
  if (!POSTCODE.test(postcode))
    return { field: 'postcode', reason: `'${short(input.postcode.trim())}' is not a postcode (4 digits and 2 letters, e.g. 3311AB)` };
  const number = input.huisnummer.trim();
  if (!number) return { field: 'huisnummer', reason: 'is empty; a postcode needs a huisnummer' };
  if (!NUMBER.test(number) || Number(number) < 1)
    return { field: 'huisnummer', reason: `'${short(number)}' is not a house number (a whole number 1–99999)` };
  const huisletter = normalizeLetter(input.huisletter ?? '');
  if (!LETTER.test(huisletter)) return { field: 'huisletter', reason: `'${short((input.huisletter ?? '').trim())}' is not one letter` };
  const toevoeging = normalizeAddition(input.toevoeging ?? '');
  if (!ADDITION.test(toevoeging))
    return {
      field: 'toevoeging',
      reason: `'${short((input.toevoeging ?? '').trim())}' is not a huisnummertoevoeging (up to 4 letters or digits)`,
    };
  return { postcode, huisnummer: Number(number), huisletter, toevoeging };
}

export const isAddressProblem = (v: AddressKey | AddressProblem): v is AddressProblem => 'field' in v;

/** The map key of an address: postcode (6 characters) + number, then `|letter|addition` when either is given. */
export function addressKeyString(k: AddressKey): string {
  const base = `${k.postcode}${k.huisnummer}`;
  return k.huisletter || k.toevoeging ? `${base}|${k.huisletter}|${k.toevoeging}` : base;
}

/** "postcode 3311AB huisnummer 12 huisletter A toevoeging 2" (letter and addition only when given). */
export function describeAddress(k: AddressKey): string {
  return (
    `postcode ${k.postcode} huisnummer ${k.huisnummer}` +
    (k.huisletter ? ` huisletter ${k.huisletter}` : '') +
    (k.toevoeging ? ` toevoeging ${k.toevoeging}` : '')
  );
}
