/** What every Casussen page receives from CasesApp. */
import type { Capabilities } from '../../ui/capabilities.ts';

export interface CasesPageProps {
  caps: Capabilities;
  /** The session's CSRF token for writes. */
  csrf: string | null;
  /** The signed-in user's id (to mark "my" actions and attendance). */
  userId: string;
  onNavigate(path: string): void;
}
