/**
 * What one analysis view is: its name (the path /analysis/<name>), its input schema (the query of
 * a GET, or the JSON body of a POST), its run function and its reply schema. Each file of views/
 * exports one; routes.ts registers them from one list.
 */
import type { z } from 'zod';
import type { ServiceContext } from '../../core/context.ts';

/** What a view's run returns: the JSON body plus the exports it supports. */
export interface ViewResult {
  body: Record<string, unknown>;
  csv?: () => string;
  geojson?: () => unknown;
}

/** Settings the views need from the configuration. */
export interface ViewSettings {
  gemeente: string;
  minCellCount: number;
}

export interface AnalysisView<Q extends z.ZodObject = z.ZodObject> {
  name: string;
  summary: string;
  description: string;
  /** GET (default: the input is the query; `format` json|csv is added, plus geojson with `geo`) or POST (the input is the JSON body; JSON reply only). */
  method?: 'GET' | 'POST';
  input: Q;
  reply: z.ZodType;
  geo?: boolean;
  run(ctx: ServiceContext, s: ViewSettings, input: z.infer<Q>): Promise<ViewResult>;
}

/** A view, typed by its input schema. */
export const defineView = <Q extends z.ZodObject>(v: AnalysisView<Q>): AnalysisView<Q> => v;
