/** Print and subject access export (AVG art. 15) of a case, on the case page (H4). Placeholder of the groundwork commit. */
export interface CaseExportActionsProps {
  caseId: string;
  csrf: string | null;
}

export function CaseExportActions(_props: CaseExportActionsProps) {
  return null;
}
