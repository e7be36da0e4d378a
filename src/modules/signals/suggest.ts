/**
 * Category suggestion for the resident form: a naive Bayes model (classifier.ts) trained on the
 * active sub-categories' names, descriptions and keywords (weight 3) plus up to 5,000 recent
 * reports whose category staff confirmed (weight 1). Below SUGGEST_THRESHOLD the suggestion is
 * "Overig" (the fallback category) — see data/signals/classifier-eval.md for the measured accuracy.
 */
import type { Db } from '../../db/database.ts';
import { FALLBACK_CATEGORY, loadCategories, type CategoryRow } from './categories.ts';
import { predict, train, type Model, type TrainingDoc } from './classifier.ts';

/** Posterior below which the suggestion falls back to "Overig" (chosen on the Assen evaluation). */
export const SUGGEST_THRESHOLD = 0.5;
const MODEL_TTL_MS = 10 * 60_000;

export function categoryDocs(categories: CategoryRow[]): TrainingDoc[] {
  return categories
    .filter((c) => c.parent_slug !== null && c.active && c.slug !== FALLBACK_CATEGORY)
    .map((c) => ({ label: c.slug, text: `${c.name} ${c.description} ${c.keywords}`, weight: 3 }));
}

async function reportDocs(db: Db, gemeente: string, active: Set<string>): Promise<TrainingDoc[]> {
  const rows = await db
    .selectFrom('signals')
    .select(['category_slug', 'description'])
    .where('gemeente_code', '=', gemeente)
    .where('source', '!=', 'import')
    .where('description', '!=', '')
    .where('status', 'not in', ['new', 'cancelled'])
    .orderBy('created_at', 'desc')
    .limit(5000)
    .execute();
  return rows.filter((r) => active.has(r.category_slug)).map((r) => ({ label: r.category_slug, text: r.description }));
}

const models = new WeakMap<Db, Map<string, { at: number; categories: CategoryRow[]; model: Promise<Model> }>>();

async function modelFor(db: Db, gemeente: string): Promise<Model> {
  const categories = await loadCategories(db, gemeente);
  let perDb = models.get(db);
  if (!perDb) models.set(db, (perDb = new Map()));
  const cached = perDb.get(gemeente);
  if (cached && cached.categories === categories && Date.now() - cached.at < MODEL_TTL_MS) return cached.model;
  const docs = categoryDocs(categories);
  const model = reportDocs(db, gemeente, new Set(docs.map((d) => d.label))).then((extra) => train([...docs, ...extra]));
  perDb.set(gemeente, { at: Date.now(), categories, model });
  model.catch(() => perDb.delete(gemeente));
  return model;
}

export interface Suggestion {
  categorySlug: string;
  confidence: number;
  /** True when the confidence was below the threshold and "Overig" was chosen instead. */
  fallback: boolean;
  alternatives: Array<{ categorySlug: string; probability: number }>;
}

export async function suggestCategory(db: Db, gemeente: string, text: string): Promise<Suggestion> {
  const p = predict(await modelFor(db, gemeente), text);
  const fallback = p.confidence < SUGGEST_THRESHOLD;
  return {
    categorySlug: fallback ? FALLBACK_CATEGORY : p.label,
    confidence: Math.round(p.confidence * 1000) / 1000,
    fallback,
    alternatives: p.ranking.slice(0, 3).map((r) => ({ categorySlug: r.label, probability: Math.round(r.probability * 1000) / 1000 })),
  };
}
