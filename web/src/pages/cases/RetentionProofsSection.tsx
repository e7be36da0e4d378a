/** The yearly proofs of what retention removed, on the privacy officer's review page (H4). Placeholder of the groundwork commit. */
export function RetentionProofsSection() {
  return null;
}
