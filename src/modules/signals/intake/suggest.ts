/**
 * Category suggestion for the resident form: a naive Bayes model (classifier.ts) trained on the
 * active sub-categories' names, descriptions and keywords (weight 3) plus up to 5,000 recent
 * reports whose category staff confirmed (weight 1). Below SUGGEST_THRESHOLD the suggestion is
 * the catch-all category ("Overig", `fallbackCategory`) — see data/signals/classifier-eval.md for the measured accuracy.
 */
import type { Db } from '../../../db/database.ts';
import { FALLBACK_CATEGORY, fallbackCategory, loadCategories, type CategoryRow } from '../config/categories.ts';
import { predict, train, type Model, type TrainingDoc } from './classifier.ts';

/** Posterior below which the suggestion falls back to "Overig" (chosen on the Assen evaluation). */
export const SUGGEST_THRESHOLD = 0.5;
const MODEL_TTL_MS = 10 * 60_000;

export function categoryDocs(categories: CategoryRow[]): TrainingDoc[] {
  const catchAll = fallbackCategory(categories);
  return categories
    .filter((c) => c.parent_slug !== null && c.active && c.slug !== catchAll)
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

const models = new WeakMap<Db, Map<string, { at: number; signature: string; model: Promise<Model>; refreshing?: boolean }>>();

function trainFor(db: Db, gemeente: string, categories: CategoryRow[]): Promise<Model> {
  const docs = categoryDocs(categories);
  return reportDocs(db, gemeente, new Set(docs.map((d) => d.label))).then((extra) => train([...docs, ...extra]));
}

/**
 * The model of a municipality. Only the first request (or one after a category change) waits for
 * training; once the model is older than MODEL_TTL_MS the old one keeps answering while a new one
 * is trained in the background.
 */
async function modelFor(db: Db, gemeente: string): Promise<Model> {
  const categories = await loadCategories(db, gemeente);
  // The cache reloads categories every 30 s: compare their content, not the array.
  const signature = categories.map((c) => `${c.slug}:${c.active}:${c.updated_at.getTime()}`).join(',');
  let perDb = models.get(db);
  if (!perDb) models.set(db, (perDb = new Map()));
  const cached = perDb.get(gemeente);
  if (cached && cached.signature === signature) {
    if (Date.now() - cached.at >= MODEL_TTL_MS && !cached.refreshing) {
      cached.refreshing = true;
      const next = trainFor(db, gemeente, categories);
      next.then(
        () => perDb.set(gemeente, { at: Date.now(), signature, model: next }),
        () => (cached.refreshing = false),
      );
    }
    return cached.model;
  }
  const model = trainFor(db, gemeente, categories);
  perDb.set(gemeente, { at: Date.now(), signature, model });
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
  const catchAll = fallbackCategory(await loadCategories(db, gemeente)) ?? FALLBACK_CATEGORY;
  return {
    categorySlug: fallback ? catchAll : p.label,
    confidence: Math.round(p.confidence * 1000) / 1000,
    fallback,
    alternatives: p.ranking.slice(0, 3).map((r) => ({ categorySlug: r.label, probability: Math.round(r.probability * 1000) / 1000 })),
  };
}
