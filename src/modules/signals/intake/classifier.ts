/**
 * Category suggestion from free text: multinomial naive Bayes (Manning, Raghavan & Schütze,
 * "Introduction to Information Retrieval", ch. 13) with Laplace smoothing (alpha = 1) over word
 * tokens and 5-letter word prefixes (a crude Dutch stemmer: "lantaarnpalen" ~ "lantaarnpaal").
 * Pure: documents in, model out; no database.
 *
 * P(c | d) ∝ P(c) · Π_t P(t | c)^n(t,d),  P(t | c) = (n(t,c) + α) / (Σ_t' n(t',c) + α·|V|).
 * The prior is uniform over categories (the shipped descriptions would otherwise bias it) unless
 * `usePriors`. The reported confidence is the normalised posterior of the best category.
 */

const STOPWORDS = new Set(
  (
    'aan al alle als bij dan dat de deze die dit door een en er het hier hij hoe ik in is je kan maar me met mijn na naar niet niets nog nu of om ook op over te tegen toch tot u uit uw van veel voor want was wat we wel wie wij word wordt zal ze zich zij zijn zo zou ' +
    'meldingen melding gaan gaat over heel erg staat steeds weer al komt zeer graag'
  ).split(' '),
);

/** Lower-case, accent-free word tokens of ≥ 3 letters without stop words, plus 5-letter prefixes. */
export function tokenize(text: string): string[] {
  const words = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/);
  const out: string[] = [];
  for (const w of words) {
    if (w.length < 3 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    out.push(w);
    if (w.length > 6) out.push(`${w.slice(0, 5)}~`);
  }
  return out;
}

export interface TrainingDoc {
  label: string;
  text: string;
  /** How many times the document counts (category descriptions weigh more than one report). */
  weight?: number;
}

export interface Model {
  labels: string[];
  logPrior: Float64Array;
  /** Per label: token → log P(t | c). */
  logLikelihood: Array<Map<string, number>>;
  /** log P(unseen token | c) per label. */
  logUnseen: Float64Array;
}

export function train(docs: TrainingDoc[], options: { alpha?: number; usePriors?: boolean } = {}): Model {
  const alpha = options.alpha ?? 1;
  const labels = [...new Set(docs.map((d) => d.label))].sort();
  const index = new Map(labels.map((l, i) => [l, i]));
  const counts = labels.map(() => new Map<string, number>());
  const totals = new Float64Array(labels.length);
  const docCounts = new Float64Array(labels.length);
  const vocab = new Set<string>();
  for (const d of docs) {
    const i = index.get(d.label)!;
    const w = d.weight ?? 1;
    docCounts[i]! += w;
    for (const t of tokenize(d.text)) {
      vocab.add(t);
      counts[i]!.set(t, (counts[i]!.get(t) ?? 0) + w);
      totals[i]! += w;
    }
  }
  const v = Math.max(1, vocab.size);
  const totalDocs = docCounts.reduce((a, b) => a + b, 0);
  const logPrior = new Float64Array(
    labels.map((_, i) => (options.usePriors ? Math.log(docCounts[i]! / totalDocs) : -Math.log(labels.length))),
  );
  const logUnseen = new Float64Array(labels.length);
  const logLikelihood = counts.map((m, i) => {
    const denom = totals[i]! + alpha * v;
    logUnseen[i] = Math.log(alpha / denom);
    return new Map([...m].map(([t, n]) => [t, Math.log((n + alpha) / denom)]));
  });
  return { labels, logPrior, logLikelihood, logUnseen };
}

export interface Prediction {
  label: string;
  confidence: number;
  /** Best labels with their posterior, highest first. */
  ranking: Array<{ label: string; probability: number }>;
  /** Number of known tokens in the text; 0 means the model knows none of the words. */
  knownTokens: number;
}

export function predict(model: Model, text: string): Prediction {
  // A municipality without categories yet has nothing to learn from: no label, no confidence.
  if (model.labels.length === 0) return { label: '', confidence: 0, ranking: [], knownTokens: 0 };
  const tokens = tokenize(text);
  const known = tokens.filter((t) => model.logLikelihood.some((m) => m.has(t)));
  const scores = model.labels.map((_, i) => {
    let s = model.logPrior[i]!;
    for (const t of known) s += model.logLikelihood[i]!.get(t) ?? model.logUnseen[i]!;
    return s;
  });
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  const ranking = model.labels.map((label, i) => ({ label, probability: exp[i]! / sum })).sort((a, b) => b.probability - a.probability);
  return {
    label: ranking[0]!.label,
    confidence: known.length ? ranking[0]!.probability : 0,
    ranking: ranking.slice(0, 5),
    knownTokens: known.length,
  };
}
