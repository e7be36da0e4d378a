/**
 * Person names and house-number references in residents' stories: a corpus of Dutch sentences
 * written for this test (not real stories). Positives list every piece of personal data a
 * moderator should be offered; negatives hold none. Precision and recall are asserted and
 * recorded in the perception README.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findPersonalData } from './text-checks.ts';

const POSITIVES: [string, string[]][] = [
  ['Jan de Vries van nummer 12 laat zijn hond altijd los.', ['Jan de Vries', 'nummer 12']],
  ['Mevrouw Jansen op 14b heeft last van de jongeren.', ['Mevrouw Jansen', '14b']],
  ['Ik bedoel de familie Bakker (Voorstraat 3), die hebben al vaker geklaagd.', ['familie Bakker', 'Voorstraat 3']],
  ['Volgens J. de Vries is de lamp al weken kapot.', ['J. de Vries']],
  ['Meneer van den Berg op nr. 7 parkeert op de stoep.', ['Meneer van den Berg', 'nr. 7']],
  ['Onze buurman Pieters heeft een camera opgehangen.', ['buurman Pieters']],
  ['De jongen van huisnummer 21 rijdt zonder licht.', ['huisnummer 21']],
  ['Bij dhr. Smit is vorige week ingebroken.', ['dhr. Smit']],
  ['Mw. Kok woont op 9 en durft niet meer naar buiten.', ['Mw. Kok', '9']],
  ['Piet Jansen verkoopt drugs vanuit zijn auto.', ['Piet Jansen']],
  ['De scooter van Fatima El Amrani is gestolen.', ['Fatima El Amrani']],
  ['Het huis op 23a staat al maanden leeg en er komen vreemde mensen.', ['23a']],
  ['Stuur de wijkagent naar A.B. Smit, die weet meer.', ['A.B. Smit']],
  ['Mijn buurvrouw Yilmaz hoort elke nacht glasgerinkel.', ['buurvrouw Yilmaz']],
  ['Post voor 3311 AB graag naar mij, ik woon op nummer 4.', ['3311 AB', 'nummer 4']],
  ['Sanne van der Linden en haar vriendinnen worden lastiggevallen.', ['Sanne van der Linden']],
  ['De heer Visser van nr 18 weet wie het was.', ['De heer Visser', 'nr 18']],
  ['Gisteren stond er weer een busje bij de Singelstraat 40.', ['Singelstraat 40']],
  ['Kees ter Horst heeft de politie al drie keer gebeld.', ['Kees ter Horst']],
  ['Fam. de Groot op 2 woont er al veertig jaar.', ['Fam. de Groot', '2']],
  ['Ik heb het tegen mijnheer Mulder gezegd, hij woont op 15.', ['mijnheer Mulder', '15']],
  ['Het gaat om de flat aan de Merwedekade 112, derde etage.', ['Merwedekade 112']],
  ['Mohamed Bouzid en Anna de Jong organiseren het buurtfeest.', ['Mohamed Bouzid', 'Anna de Jong']],
];

const NEGATIVES = [
  'Sinds de nieuwe lantaarnpalen er staan, durf ik weer naar buiten.',
  'In Sterrenburg is het ’s avonds rustig, maar in Krispijn niet.',
  'Op 14 mei was er een inbraak in onze straat.',
  'De Voorstraat is op zaterdag erg druk met fietsers.',
  'Dordrecht doet te weinig aan de verlichting bij het station.',
  'Maandag en dinsdag staat het afval naast de containers.',
  'Er zijn op 3 plekken in de buurt fietsen gestolen.',
  'Jan, bedankt voor het buurtfeest!',
  'In januari hingen er nog groepjes jongeren bij het winkelcentrum.',
  'Het duurt 10 minuten om naar de Merwedestraat te lopen.',
  'De Buurtapp werkt goed: iedereen weet snel wat er speelt.',
  'Vorig jaar werden er 12 auto’s opengebroken in Crabbehof.',
  'De politie kwam pas na 40 minuten.',
  'Mark het probleem graag op de kaart in de app.',
  'Bij de Jumbo hangen ’s avonds jongeren rond.',
  'Wij wonen hier al sinds 1998 en voelen ons veilig.',
  'Lijn 7 rijdt na tienen niet meer, dus ik loop.',
  'De Biesbosch is prachtig, maar het parkeerterrein is donker.',
  'Op Koningsdag was het erg gezellig in de binnenstad.',
  'Het fietspad langs de Merwede is slecht verlicht.',
  'Ik geef de buurt een 7 voor veiligheid.',
  'De helft van de lampen in het park doet het niet.',
  'Sinds september is de wijkagent vaker te zien.',
];

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function score() {
  let expected = 0;
  let found = 0;
  let flags = 0;
  let correct = 0;
  const misses: string[] = [];
  const falseFlags: string[] = [];
  for (const [text, wanted] of POSITIVES) {
    const got = findPersonalData(text);
    const spans = wanted.map((w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length }));
    expected += spans.length;
    spans.forEach((s, i) => {
      if (got.some((g) => overlaps(g, s))) found++;
      else misses.push(`${wanted[i]} in "${text}"`);
    });
    flags += got.length;
    for (const g of got) {
      if (spans.some((s) => overlaps(g, s))) correct++;
      else falseFlags.push(`${g.match} in "${text}"`);
    }
  }
  for (const text of NEGATIVES) {
    const got = findPersonalData(text);
    flags += got.length;
    falseFlags.push(...got.map((g) => `${g.match} in "${text}"`));
  }
  return { recall: found / expected, precision: correct / flags, misses, falseFlags, expected, flags };
}

describe('story moderation: person names and house-number references', () => {
  it('has a corpus of at least 20 positive and 20 negative sentences', () => {
    assert.ok(POSITIVES.length >= 20 && NEGATIVES.length >= 20);
  });

  it('finds names and house numbers with high recall and precision', () => {
    const s = score();
    console.log(`recall ${s.recall.toFixed(3)} (${s.expected} items), precision ${s.precision.toFixed(3)} (${s.flags} flags)`);
    assert.ok(s.recall >= 0.95, `recall ${s.recall}; missed: ${s.misses.join('; ')}`);
    assert.ok(s.precision >= 0.95, `precision ${s.precision}; false: ${s.falseFlags.join('; ')}`);
  });

  it('flags nothing in any negative sentence', () => {
    for (const text of NEGATIVES) assert.deepEqual(findPersonalData(text), [], text);
  });

  it('offers the exact spans of the issue’s example', () => {
    const got = findPersonalData('Jan de Vries van nummer 12 en mevrouw Jansen op 14b.').map((f) => `${f.kind}:${f.match}`);
    assert.deepEqual(got, ['name:Jan de Vries', 'postcode-address:nummer 12', 'name:mevrouw Jansen', 'postcode-address:14b']);
  });
});
