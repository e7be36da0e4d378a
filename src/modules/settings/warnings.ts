/**
 * Start-up warnings: one readable line for each thing a module needs that is missing, so a new
 * installation never fails silently. Printed in the start report and shown to admins on Beheer →
 * Instellingen (`GET /api/v1/settings`). Each check reads through the owning module's index.ts.
 */
import fs from 'node:fs';
import type { Config } from '../../core/config.ts';
import type { ServiceContext } from '../../core/context.ts';
import { listVintages } from '../areas/index.ts';
import { latestCrimeCountYear } from '../incidents/index.ts';
import { loadCategories } from '../signals/index.ts';

export interface StartupWarning {
  code: string;
  message: string;
}

type Check = (ctx: ServiceContext, config: Config) => Promise<StartupWarning | null> | StartupWarning | null;

const warn = (code: string, message: string): StartupWarning => ({ code, message });

async function areasCheck(ctx: ServiceContext, config: Config): Promise<StartupWarning[]> {
  const vintages = await listVintages(ctx, config.municipality);
  if (vintages.length === 0)
    return [
      warn(
        'no-areas',
        `No areas (buurten, wijken) of ${config.municipality}: the map, analysis and reports by area are empty. Import them with \`stadsveilig import areas\` or a seed directory.`,
      ),
    ];
  if (vintages.every((v) => v.population === null || v.population === 0))
    return [
      warn(
        'no-population',
        'No population per buurt: rates per 1,000 residents and the safety indices cannot be computed. Add a population file to the seed manifest.',
      ),
    ];
  return [];
}

const crimeCheck: Check = async (ctx, config) =>
  (await latestCrimeCountYear(ctx, config.municipality)) === null
    ? warn(
        'no-registered-crime',
        'No registered crime (CBS/police counts per buurt): the objective part of the safety profile is empty. Import them with `stadsveilig import cbs-crime`.',
      )
    : null;

const categoriesCheck: Check = async (ctx, config) =>
  (await loadCategories(ctx.db, config.municipality)).length === 0
    ? warn(
        'no-report-categories',
        'No report categories: residents cannot report (meldingen). Add them in Beheer or put categories.json in the seed directory.',
      )
    : null;

const smtpCheck: Check = (_ctx, config) =>
  config.smtpUrl
    ? null
    : warn('no-smtp', 'No SMTP server (STADSVEILIG_SMTP_URL): e-mail to residents and staff stays queued in the outbox.');

const publicUrlCheck: Check = (_ctx, config) =>
  config.publicUrl
    ? null
    : warn(
        'no-public-url',
        'No public URL (STADSVEILIG_PUBLIC_URL): links in e-mails (tracking a report, confirming a subscription) cannot be made.',
      );

const chromiumCheck: Check = (_ctx, config) =>
  fs.existsSync(config.chromiumPath)
    ? null
    : warn(
        'no-chromium',
        `Chromium not found at ${config.chromiumPath} (STADSVEILIG_CHROMIUM_PATH): PDF reports answer 503 (the HTML report still works).`,
      );

/** A public URL is what a production installation sets; demo content there is example data residents could take for real. */
const demoInProductionCheck: Check = (_ctx, config) =>
  config.demo && config.publicUrl
    ? warn(
        'demo-in-production',
        `Demo content is on (STADSVEILIG_DEMO=on) while a public URL is set (${config.publicUrl}), which looks like production: remove it in Beheer → Demo-inhoud or with \`stadsveilig demo remove\`, and set STADSVEILIG_DEMO=off.`,
      )
    : null;

const CHECKS: readonly Check[] = [crimeCheck, categoriesCheck, smtpCheck, publicUrlCheck, chromiumCheck, demoInProductionCheck];

/** Every warning that applies now, in a fixed order; a check that fails says so instead of staying silent. */
export async function startupWarnings(ctx: ServiceContext, config: Config, extra: Check[] = []): Promise<StartupWarning[]> {
  const out: StartupWarning[] = [];
  try {
    out.push(...(await areasCheck(ctx, config)));
  } catch (err) {
    out.push(warn('check-failed', `Checking the areas failed: ${(err as Error).message}`));
  }
  for (const check of [...CHECKS, ...extra]) {
    try {
      const w = await check(ctx, config);
      if (w) out.push(w);
    } catch (err) {
      out.push(warn('check-failed', `A start-up check failed: ${(err as Error).message}`));
    }
  }
  return out;
}

export type { Check as WarningCheck };
