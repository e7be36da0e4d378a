/** The report-category and routing-rule calls of the Beheer page (signals configuration), one function each. */
import { api, type ApiClient } from '../../api/client.ts';
import type { Body, Reply } from '../../api/types.ts';

const CATEGORIES = '/api/v1/signal-categories';
const RULES = '/api/v1/signal-routing-rules';

export type CategoryNode = Reply<'/api/v1/signal-categories'>['categories'][number];
export type CategoryView = Reply<'/api/v1/signal-categories', 'post'>;
export type NewCategoryBody = Body<'/api/v1/signal-categories'>;
export type CategoryChanges = Body<'/api/v1/signal-categories/{slug}', 'patch'>;
export type RuleView = Reply<'/api/v1/signal-routing-rules'>['rules'][number];
export type RuleInput = Body<'/api/v1/signal-routing-rules', 'put'>['rules'][number];
export type RouteTestBody = Body<'/api/v1/signal-routing-rules/test'>;
export type RouteTestReply = Reply<'/api/v1/signal-routing-rules/test', 'post'>;

export function listCategories(client: ApiClient = api): Promise<CategoryNode[]> {
  return client.request<Reply<'/api/v1/signal-categories'>>(CATEGORIES).then((r) => r.categories);
}

export function createCategory(body: NewCategoryBody, csrfToken: string | null, client: ApiClient = api): Promise<CategoryView> {
  return client.request<CategoryView>(CATEGORIES, { method: 'POST', body, csrfToken });
}

export function updateCategory(
  slug: string,
  body: CategoryChanges,
  csrfToken: string | null,
  client: ApiClient = api,
): Promise<CategoryView> {
  return client.request<CategoryView>(`${CATEGORIES}/${encodeURIComponent(slug)}`, { method: 'PATCH', body, csrfToken });
}

export function listRules(client: ApiClient = api): Promise<RuleView[]> {
  return client.request<Reply<'/api/v1/signal-routing-rules'>>(RULES).then((r) => r.rules);
}

/** Replaces the whole ordered list (the order is the evaluation order). */
export function saveRules(rules: RuleInput[], csrfToken: string | null, client: ApiClient = api): Promise<RuleView[]> {
  return client
    .request<Reply<'/api/v1/signal-routing-rules', 'put'>>(RULES, { method: 'PUT', body: { rules }, csrfToken })
    .then((r) => r.rules);
}

export function testRoute(body: RouteTestBody, csrfToken: string | null, client: ApiClient = api): Promise<RouteTestReply> {
  return client.request<RouteTestReply>(`${RULES}/test`, { method: 'POST', body, csrfToken });
}
