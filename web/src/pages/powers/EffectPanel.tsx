/** GROUNDWORK placeholder (H3): a closure's effect around its address (DiD/WDD with a buffer ring). Renders nothing for other measures. */
export function EffectPanel(_props: { decisionId: string; measureKind: string }) {
  return null;
}
