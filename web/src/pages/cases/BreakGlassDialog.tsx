/**
 * Shown where a case is not open to the caller (403 case-need-to-know): whom to ask and, for those
 * who may, break-glass with a reason (H3). Placeholder of the groundwork commit.
 */
export interface BreakGlassDialogProps {
  caseId: string;
  /** The problem's detail from the API (which case exists, whom to ask). */
  detail: string;
  mayBreakGlass: boolean;
  csrf: string | null;
  /** Called after a successful break-glass: the page loads the case again. */
  onOpened(): void;
}

export function BreakGlassDialog({ detail }: BreakGlassDialogProps) {
  return <p role="alert">{detail}</p>;
}
