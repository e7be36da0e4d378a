/**
 * What other modules may know of staff accounts: who an id is (name to show, role, status). No
 * e-mail addresses, password data or sessions leave the users module this way. Reads of one's
 * name on a mission or report are logged by the module that shows it.
 */
import type { Role } from '../../core/roles.ts';
import type { Db } from '../../db/database.ts';
import { findUserSummaries } from './user-store.ts';

export interface AccountSummary {
  id: string;
  /** Display name, else the e-mail address (what the web app shows as the account's name). */
  name: string;
  role: Role;
  status: 'active' | 'disabled';
}

/** The accounts with these ids (unknown ids are left out). */
export async function accountSummaries(db: Db, ids: readonly string[]): Promise<Map<string, AccountSummary>> {
  const unique = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (unique.length === 0) return new Map();
  const rows = await findUserSummaries(db, unique);
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, name: r.display_name ?? r.email, role: r.role as Role, status: r.status as AccountSummary['status'] },
    ]),
  );
}

/** One account by id, or undefined. */
export async function accountSummary(db: Db, id: string): Promise<AccountSummary | undefined> {
  return (await accountSummaries(db, [id])).get(id);
}
