/** What every Bevoegdheden page receives from PowersApp. */
import type { Capabilities } from '../../ui/capabilities.ts';

export interface PowersPageProps {
  caps: Capabilities;
  /** The session's CSRF token for writes. */
  csrf: string | null;
  onNavigate(path: string): void;
}
