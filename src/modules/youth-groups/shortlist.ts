/**
 * The shortlist items and the classification rule (Beke shortlist method, "Shortlist
 * groepscriminaliteit", Beke, Van Wijk & Ferwerda 2000, "Jeugdgroepen in beeld"). The items follow
 * the method's three typings of a problematic youth group — hinderlijk, overlastgevend, crimineel —
 * by the behaviour the method describes for each; every item is answered 0 (not seen), 1 (now and
 * then) or 2 (regularly). The rule (README: "Classification rule"):
 *  - crimineel when a criminal item is answered 2, or the criminal items sum to 3 or more;
 *  - else overlastgevend when a nuisance item is answered 2, or the nuisance items sum to 3 or more;
 *  - else hinderlijk (a registered group is at least hinderlijk).
 * Pure: no I/O, shared by the service and (through the API's item list) the web form.
 */

export const CLASSIFICATIONS = ['hinderlijk', 'overlastgevend', 'crimineel'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** An item: its code, the typing it belongs to, and the behaviour in Dutch (the web app translates the code). */
export interface ShortlistItem {
  code: string;
  category: Classification;
  label: string;
}

export const SHORTLIST_ITEMS: readonly ShortlistItem[] = [
  { code: 'rondhangen', category: 'hinderlijk', label: 'Rondhangen, luidruchtig aanwezig zijn' },
  { code: 'geluid', category: 'hinderlijk', label: 'Geluidsoverlast (muziek, brommers, schreeuwen)' },
  { code: 'vervuiling', category: 'hinderlijk', label: 'Vervuiling (afval, rommel achterlaten)' },
  { code: 'middelengebruik', category: 'hinderlijk', label: 'Alcohol- of softdrugsgebruik op straat' },
  { code: 'schermutselingen', category: 'hinderlijk', label: 'Onderlinge schermutselingen' },
  { code: 'provoceren', category: 'overlastgevend', label: 'Provocerend optreden tegen omstanders of hulpverleners' },
  { code: 'intimideren', category: 'overlastgevend', label: 'Uitschelden of intimideren van voorbijgangers en bewoners' },
  { code: 'vernielingen', category: 'overlastgevend', label: 'Vernielingen' },
  { code: 'lichte-criminaliteit', category: 'overlastgevend', label: 'Lichte criminaliteit (winkeldiefstal, heling van kleine zaken)' },
  { code: 'geweld', category: 'overlastgevend', label: 'Geweld bij confrontaties' },
  { code: 'vermogensdelicten', category: 'crimineel', label: 'Inbraak, diefstal of oplichting voor geldelijk gewin' },
  { code: 'drugshandel', category: 'crimineel', label: 'Handel in drugs' },
  { code: 'zwaar-geweld', category: 'crimineel', label: 'Straatroof, overvallen of zwaar geweld' },
  { code: 'wapens', category: 'crimineel', label: 'Wapenbezit' },
  { code: 'georganiseerd', category: 'crimineel', label: 'Georganiseerd optreden: vaste rollen, specialisatie, afscherming' },
];

export const ITEM_CODES = SHORTLIST_ITEMS.map((i) => i.code);

/** An answer: 0 not seen, 1 now and then, 2 regularly. */
export type Answer = 0 | 1 | 2;

export interface Scores {
  hinderlijk: number;
  overlastgevend: number;
  crimineel: number;
}

/** A category's sum at or above this counts as present in earnest (as one item answered "regularly"). */
export const CATEGORY_SUM_THRESHOLD = 3;

/** The sum of the answers per typing (missing answers count 0). */
export function scoresOf(answers: Readonly<Record<string, number>>): Scores {
  const scores: Scores = { hinderlijk: 0, overlastgevend: 0, crimineel: 0 };
  for (const item of SHORTLIST_ITEMS) scores[item.category] += answers[item.code] ?? 0;
  return scores;
}

function presentInEarnest(answers: Readonly<Record<string, number>>, scores: Scores, category: Classification): boolean {
  const regular = SHORTLIST_ITEMS.some((i) => i.category === category && answers[i.code] === 2);
  return regular || scores[category] >= CATEGORY_SUM_THRESHOLD;
}

/** The classification the rule gives for the answers. */
export function classify(answers: Readonly<Record<string, number>>): Classification {
  const scores = scoresOf(answers);
  if (presentInEarnest(answers, scores, 'crimineel')) return 'crimineel';
  if (presentInEarnest(answers, scores, 'overlastgevend')) return 'overlastgevend';
  return 'hinderlijk';
}
