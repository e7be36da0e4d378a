/** Configuration endpoints: categories, routing rules and message templates (signals:configure to change). */
import { z } from 'zod';
import { authorize } from '../../../core/context.ts';
import type { RouteModule } from '../../../core/module-contract.ts';
import { categoryTree, createCategory, saveCategory, updateCategory } from '../config/categories.ts';
import { listRules, replaceRules, testRoute } from '../config/routing.ts';
import { categoryTreeReply, categoryView, slug } from '../schema.ts';
import { SIGNAL_STATUSES } from '../tables.ts';
import { TEMPLATE_PLACEHOLDERS, deleteTemplate, listTemplates, saveTemplate } from '../config/templates.ts';

const tags = ['signals (configuration)'];

const ruleBody = z.object({
  name: z.string().trim().min(1).max(200),
  categorySlug: slug.nullable().optional().describe('Sub-category or main category'),
  areaCode: z
    .string()
    .regex(/^(BU\d{8}|WK\d{6})$/)
    .nullable()
    .optional(),
  weekdays: z.array(z.number().int().min(1).max(7)).nullable().optional().describe('ISO weekdays, 1 = Monday'),
  timeFrom: z
    .number()
    .int()
    .min(0)
    .max(1440)
    .nullable()
    .optional()
    .describe('Minutes after midnight (Amsterdam); from > to wraps past midnight'),
  timeTo: z.number().int().min(0).max(1440).nullable().optional(),
  assignKind: z.enum(['department', 'partner']),
  assignTo: z.string().trim().min(1).max(200),
  active: z.boolean().optional(),
});
const categoryFields = {
  name: z.string().trim().min(1).max(100),
  description: z.string().max(1000).optional(),
  keywords: z.string().max(2000).optional().describe('Extra words for the category suggestion'),
  handlingDays: z.number().int().min(0).max(365),
  department: z.string().trim().min(1).max(200),
  isPublic: z.boolean().describe('Open reports are shown on the public map'),
  isSensitive: z.boolean().describe('Location is blurred on the public map'),
  isNuisance: z.boolean().describe('Counts in the perception “reported nuisance” index'),
  active: z.boolean(),
  partnerContact: z.boolean().describe('Partners may see the reporter’s contact details (default false; unchanged when left out)'),
};
const categoryChanges = z.object(categoryFields).partial();
const routeTestReply = z.object({
  department: z.string().nullable(),
  partner: z.string().nullable(),
  ruleId: z.string().nullable(),
  ruleName: z.string().nullable().describe('The first matching rule; null: the category’s default department'),
  categoryName: z.string(),
  defaultDepartment: z.string(),
  wijkCode: z.string().nullable(),
});
const ruleView = ruleBody.extend({ id: z.string(), position: z.number() });
const template = z.object({
  status: z.string(),
  categorySlug: z.string().nullable().describe('Null: the general text of the status; else the text for this category'),
  subject: z.string(),
  body: z.string(),
  updatedAt: z.string(),
});
const templateScope = z.object({
  categorySlug: slug
    .optional()
    .describe('The text for this main or sub-category (wins over the general text); leave out for the general text'),
});

export const signalAdminRoutes: RouteModule = (app, { config }) => {
  const g = config.municipality;

  app.get(
    '/signal-categories',
    { schema: { tags, summary: 'All categories including inactive ones', response: { 200: categoryTreeReply } } },
    async (request) => {
      authorize(request.ctx, 'signals:read');
      return { categories: await categoryTree(request.ctx.db, g, true) };
    },
  );
  app.put(
    '/signal-categories/:slug',
    {
      schema: {
        tags,
        summary: 'Create or change a category',
        params: z.object({ slug }),
        body: z.object({
          ...categoryFields,
          parentSlug: slug.nullable(),
          isNuisance: categoryFields.isNuisance.optional(),
          partnerContact: categoryFields.partnerContact.optional(),
        }),
        response: { 200: categoryView },
      },
    },
    async (request) => saveCategory(request.ctx, g, request.params.slug, request.body),
  );
  app.post(
    '/signal-categories',
    {
      schema: {
        tags,
        summary: 'Create a category by name; the slug is derived from the name (unique, suffix -2 on a clash)',
        description: 'Fields left out take the main category’s value (department, handling days, roles) or a plain default.',
        body: categoryChanges.extend({
          name: categoryFields.name,
          parentSlug: slug.nullable().describe('Main category; null: a new main category'),
        }),
        response: { 201: categoryView },
      },
    },
    async (request, reply) => reply.code(201).send(await createCategory(request.ctx, g, request.body)),
  );
  app.patch(
    '/signal-categories/:slug',
    {
      schema: {
        tags,
        summary: 'Change fields of a category (the slug and main category stay; deactivate instead of deleting)',
        description: 'A role (isNuisance, isSensitive, isPublic) changed on a main category is set on its sub-categories too.',
        params: z.object({ slug }),
        body: categoryChanges,
        response: { 200: categoryView },
      },
    },
    async (request) => updateCategory(request.ctx, g, request.params.slug, request.body),
  );

  app.get(
    '/signal-routing-rules',
    { schema: { tags, summary: 'Routing rules in evaluation order', response: { 200: z.object({ rules: z.array(ruleView) }) } } },
    async (request) => ({ rules: await listRules(request.ctx, g) }),
  );
  app.put(
    '/signal-routing-rules',
    {
      schema: {
        tags,
        summary: 'Replace all routing rules; the first matching active rule wins',
        body: z.object({ rules: z.array(ruleBody).max(500) }),
        response: { 200: z.object({ rules: z.array(ruleView) }) },
      },
    },
    async (request) => ({ rules: await replaceRules(request.ctx, g, request.body.rules) }),
  );

  app.post(
    '/signal-routing-rules/test',
    {
      schema: {
        tags,
        summary: 'Where a report would go: the first matching rule, or the category’s default department',
        body: z.object({
          categorySlug: slug.describe('Sub-category'),
          buurtCode: z
            .string()
            .regex(/^BU\d{8}$/)
            .nullable()
            .optional(),
          at: z.iso.datetime({ offset: true }).describe('Moment of the report'),
        }),
        response: { 200: routeTestReply },
      },
    },
    async (request) => testRoute(request.ctx, g, { ...request.body, at: new Date(request.body.at) }),
  );

  app.get(
    '/signal-templates',
    {
      schema: {
        tags,
        summary: `Standard texts (reporter messages) per status, general and per category; placeholders {{${TEMPLATE_PLACEHOLDERS.join('}}, {{')}}}`,
        response: { 200: z.object({ templates: z.array(template) }) },
      },
    },
    async (request) => ({ templates: await listTemplates(request.ctx, g) }),
  );
  app.put(
    '/signal-templates/:status',
    {
      schema: {
        tags,
        summary: 'Create or change the standard text of a status, in general or for one category',
        params: z.object({ status: z.enum(SIGNAL_STATUSES) }),
        querystring: templateScope,
        body: z.object({ subject: z.string().trim().min(1).max(200), body: z.string().trim().min(1).max(10_000) }),
        response: { 200: template },
      },
    },
    async (request) => saveTemplate(request.ctx, g, request.params.status, request.body, request.query.categorySlug ?? null),
  );
  app.delete(
    '/signal-templates/:status',
    {
      schema: {
        tags,
        summary: 'Delete the standard text of a status (in general, or for one category)',
        params: z.object({ status: z.enum(SIGNAL_STATUSES) }),
        querystring: templateScope,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteTemplate(request.ctx, g, request.params.status, request.query.categorySlug ?? null);
      return reply.code(204).send(null);
    },
  );
};
