/**
 * Retention of PGA cases: a case closed more than `caseRetentionYears` (default 5) ago is
 * anonymised — the person, the household, the free texts — while the skeleton the figures need
 * stays (criteria, status, dates, area, trajectory). Each anonymisation is in the processing log
 * (`cases.retention`, operation delete, system actor, the case's legal basis), and the year's proof
 * (case_retention_proofs) lists the references with a SHA-256 checksum over the sorted list.
 * Runs from the module's hourly housekeeping and from `stadsveilig cases retention`.
 */
import { createHash } from 'node:crypto';
import type { ServiceContext } from '../../../core/context.ts';
import type { Db } from '../../../db/database.ts';
import { recordProcessing } from '../../audit/index.ts';
import { caseSubject } from '../access/case-access.ts';
import { erasePlanAndMeetingTexts } from '../plan/plan-content.ts';
import { type DueCase, eraseCasePersonData, findCasesDueForAnonymisation, findProof, saveProof } from './retention-store.ts';

/**
 * Erases the free texts of one part of a case that lives in a table of its own (plans,
 * interventions, meeting item notes). Runs in the
 * anonymisation's transaction; returns the number of rows changed.
 */
export interface CaseContentEraser {
  name: string;
  erase(db: Db, caseId: string): Promise<number>;
}

/** The erasers beyond the case's own tables (0105), run for every anonymised case: plan, interventions, meeting notes, decisions. */
export const CASE_CONTENT_ERASERS: readonly CaseContentEraser[] = [{ name: 'planAndMeetings', erase: erasePlanAndMeetingTexts }];

export const RETENTION_METHOD =
  'Persoonsgegevens gewist: naam, geboortedatum, BSN (versleuteld), adres, zorginformatie (versleuteld), zoek-hashes, ' +
  'reden van afsluiten, huishouden, koppelingen, redenen van statuswijzigingen en break-glass; vrije teksten van plan, ' +
  'interventies en overleg. Bewaard voor cijfers: criteria, status, datums, buurt, traject.';

export interface RetentionRun {
  /** Year of the proof (of `now`). */
  year: number;
  /** When the cases anonymised (or due, in a dry run) were closed before. */
  closedBefore: string;
  dryRun: boolean;
  /** References of the cases anonymised in this run (or due, in a dry run). */
  references: string[];
}

/** The moment `years` years before `now` (same day and time of year). */
export function retentionCutOff(now: Date, years: number): Date {
  const d = new Date(now);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d;
}

/** SHA-256 (hex) over the sorted references, one per line. */
export function proofChecksum(references: readonly string[]): string {
  return createHash('sha256')
    .update([...references].sort().join('\n'))
    .digest('hex');
}

async function anonymiseOne(ctx: ServiceContext, c: DueCase, now: Date): Promise<void> {
  const run = async (trx: Db) => {
    await eraseCasePersonData(trx, c.id, now);
    const erased: Record<string, number> = {};
    for (const eraser of CASE_CONTENT_ERASERS) erased[eraser.name] = await eraser.erase(trx, c.id);
    await recordProcessing(
      { ...ctx, db: trx },
      {
        activity: 'cases.retention',
        operation: 'delete',
        subject: caseSubject(c.id),
        legalBasis: c.legal_basis,
        attributes: { case: c.reference, anonymised: true, ...erased },
      },
    );
  };
  await (ctx.db.isTransaction ? run(ctx.db) : ctx.db.transaction().execute(run));
}

async function addToProof(db: Db, gemeente: string, year: number, references: string[], now: Date): Promise<void> {
  const known = await findProof(db, gemeente, year);
  const all = [...new Set([...(known?.case_references ?? []), ...references])].sort();
  await saveProof(db, {
    gemeente_code: gemeente,
    year,
    run_at: now,
    cases_anonymised: all.length,
    case_references: all,
    checksum: proofChecksum(all),
    method: RETENTION_METHOD,
  });
}

/** Anonymises the municipality's cases that fell due at `now` and adds them to the year's proof. */
export async function runCaseRetention(
  ctx: ServiceContext,
  opts: { gemeente: string; retentionYears: number; now: Date; dryRun?: boolean },
): Promise<RetentionRun> {
  const closedBefore = retentionCutOff(opts.now, opts.retentionYears);
  const due = await findCasesDueForAnonymisation(ctx.db, opts.gemeente, closedBefore);
  const year = opts.now.getUTCFullYear();
  const run = { year, closedBefore: closedBefore.toISOString(), dryRun: Boolean(opts.dryRun), references: due.map((c) => c.reference) };
  if (opts.dryRun || due.length === 0) return run;
  for (const c of due) await anonymiseOne(ctx, c, opts.now);
  await addToProof(ctx.db, opts.gemeente, year, run.references, opts.now);
  return run;
}
