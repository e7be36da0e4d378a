/** A case's plan on the case page (H2): goals per life domain, interventions, trajectory, nazorg milestones. Placeholder of the groundwork commit. */
export interface PlanSectionProps {
  caseId: string;
  csrf: string | null;
  /** The caller may change the case (director or member; not under break-glass). */
  mayEdit: boolean;
}

export function PlanSection(_props: PlanSectionProps) {
  return null;
}
