/** What every Netwerk page receives from the shell. */
import type { Instance, Session, SessionUser } from '../api/types.ts';

export interface NetworkPageProps {
  instance: Instance | null;
  session: Session & { user: SessionUser };
  /** The current pathname (the shell's router). */
  path: string;
  onNavigate(path: string): void;
}
