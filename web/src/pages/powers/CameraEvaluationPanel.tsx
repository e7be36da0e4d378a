/** GROUNDWORK placeholder (H3): the yearly evaluation of a camera area (151c). Renders nothing for other measures. */
export function CameraEvaluationPanel(_props: { decisionId: string; measureKind: string; csrf: string | null; editable: boolean }) {
  return null;
}
