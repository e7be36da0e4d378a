/**
 * Category suggestion: unit behaviour, and the held-out evaluation on real Assen reports
 * (test/fixtures/signals; NOT Dordrecht data). Method and figures: data/signals/classifier-eval.md.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../../../core/config.ts';
import { predict, tokenize, train, type TrainingDoc } from './classifier.ts';
import { SUGGEST_THRESHOLD } from './suggest.ts';

const fixtures = path.join(projectRoot, 'test/fixtures/signals');
const readJson = (p: string) => JSON.parse(fs.readFileSync(p, 'utf8'));

interface SeedCat {
  slug: string;
  name: string;
  description: string;
  keywords?: string;
  children?: SeedCat[];
}

function dordrechtDocs(): TrainingDoc[] {
  const seed = readJson(path.join(projectRoot, 'data/signals/gm0505-categories.json')) as { categories: SeedCat[] };
  return seed.categories
    .flatMap((m) => m.children ?? [])
    .filter((c) => c.slug !== 'overig-overig')
    .map((c) => ({ label: c.slug, text: `${c.name} ${c.description} ${c.keywords ?? ''}`, weight: 3 }));
}

/** Assen reports (oldest 70 % / newest 30 %) with text = the Assen sub-category name and description. */
function assenSplit() {
  const mapping = readJson(path.join(fixtures, 'assen-mapping.json')) as { categories: Record<string, string>; defaultCategory: string };
  const cats = readJson(path.join(fixtures, 'assen-categories.json')) as Record<string, { description: string | null }>;
  const reports = readJson(path.join(fixtures, 'assen-meldingen.json')) as Array<Record<string, string>>;
  const label = (m: string, s: string) => mapping.categories[`${m}/${s}`] ?? mapping.categories[`${m}/*`] ?? mapping.defaultCategory;
  const items = reports
    .map((r) => ({
      label: label(r.category_slug!, r.subcategory_slug!),
      text: `${r.subcategory} ${cats[r.subcategory_slug!]?.description ?? ''}`,
      t: r.created_at!,
    }))
    .filter((x) => x.label !== 'overig-overig')
    .sort((a, b) => a.t.localeCompare(b.t));
  const cut = Math.floor(items.length * 0.7);
  return { train: items.slice(0, cut), test: items.slice(cut) };
}

function score(model: ReturnType<typeof train>, test: Array<{ label: string; text: string }>, threshold: number) {
  let answered = 0;
  let correct = 0;
  for (const x of test) {
    const p = predict(model, x.text);
    if (p.confidence < threshold) continue;
    answered += 1;
    if (p.label === x.label) correct += 1;
  }
  return { coverage: answered / test.length, accuracy: correct / answered, overall: correct / test.length };
}

describe('category classifier (naive Bayes)', () => {
  it('tokenises Dutch text without accents, stop words and numbers, adding word prefixes', () => {
    assert.deepEqual(tokenize('De lantaarnpalen in de Café-straat 12 zijn kapot'), ['lantaarnpalen', 'lanta~', 'cafe', 'straat', 'kapot']);
  });

  it('suggests the obvious category and reports low confidence for unknown words', () => {
    const model = train(dordrechtDocs());
    assert.equal(predict(model, 'Er ligt een matras en vuilniszakken naast de container').label, 'afval-dumping');
    assert.equal(predict(model, 'Jongeren hangen elke avond rond bij de speeltuin met scooters').label, 'jeugdoverlast');
    assert.equal(predict(model, 'Dealer verkoopt drugs vanuit een auto').label, 'drugshandel');
    const unknown = predict(model, 'qwerty zxcvb');
    assert.equal(unknown.knownTokens, 0);
    assert.ok(unknown.confidence < SUGGEST_THRESHOLD);
  });

  it('held-out Assen reports: ≥ 85 % correct where it answers at the threshold, ≥ 65 % answered', () => {
    const { test } = assenSplit();
    assert.ok(test.length > 750, `test size ${test.length}`);
    const s = score(train(dordrechtDocs()), test, SUGGEST_THRESHOLD);
    assert.ok(s.accuracy >= 0.85, `accuracy ${s.accuracy}`);
    assert.ok(s.coverage >= 0.65, `coverage ${s.coverage}`);
    const all = score(train(dordrechtDocs()), test, 0);
    assert.ok(all.accuracy >= 0.68, `accuracy without threshold ${all.accuracy}`);
  });

  it('learns from past reports (train split) as well', () => {
    const { train: past, test } = assenSplit();
    const s = score(train([...dordrechtDocs(), ...past]), test, SUGGEST_THRESHOLD);
    assert.ok(s.accuracy >= 0.95 && s.coverage >= 0.95, JSON.stringify(s));
  });
});
