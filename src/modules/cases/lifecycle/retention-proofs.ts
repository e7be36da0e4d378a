/** The yearly retention proofs as the privacy officer reads them (cases:review): references and checksums, no persons. */
import { authorize, type ServiceContext } from '../../../core/context.ts';
import { listProofs } from './retention-store.ts';

export interface RetentionProofView {
  year: number;
  runAt: string;
  casesAnonymised: number;
  references: string[];
  checksum: string;
  method: string;
}

export async function retentionProofs(ctx: ServiceContext, gemeente: string): Promise<RetentionProofView[]> {
  authorize(ctx, 'cases:review');
  const rows = await listProofs(ctx.db, gemeente);
  return rows.map((r) => ({
    year: r.year,
    runAt: r.run_at.toISOString(),
    casesAnonymised: r.cases_anonymised,
    references: r.case_references,
    checksum: r.checksum,
    method: r.method,
  }));
}
