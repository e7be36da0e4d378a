/**
 * The report form's form token and categories, asked for as soon as the app starts on `/melden`
 * (web/src/App.tsx) instead of after the form's chunk has arrived and rendered: on a slow phone
 * that is one round trip and a render less before the form is usable (bench/first-load.bench.ts).
 * The form takes the early answers once; a later form asks afresh.
 */
import { getPublicCategories, startForm } from './api.ts';

type FormData = Promise<[Awaited<ReturnType<typeof startForm>>, Awaited<ReturnType<typeof getPublicCategories>>]>;

let early: FormData | null = null;

export function prefetchReportForm(): void {
  early ??= Promise.all([startForm(), getPublicCategories()]);
  early.catch(() => {}); // the form shows the failure when it takes the answers
}

/** The early answers when there are any (once), else a new request. */
export function takeReportForm(): FormData {
  const answers = early ?? Promise.all([startForm(), getPublicCategories()]);
  early = null;
  return answers;
}
