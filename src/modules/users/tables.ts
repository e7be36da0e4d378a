import type { Generated } from 'kysely';
import type { Role } from '../../core/roles.ts';

export interface UserTables extends LoginThrottleTables, DepartmentTables, InvitationTables {
  users: {
    id: string;
    email: string;
    display_name: string | null;
    role: Role;
    password_hash: string;
    status: Generated<'active' | 'disabled'>;
    must_change_password: Generated<boolean>;
    last_login_at: Date | null;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  sessions: {
    token_hash: string;
    user_id: string;
    csrf_token: string;
    created_at: Generated<Date>;
    expires_at: Date;
    last_seen_at: Generated<Date>;
  };
}

export interface LoginThrottleTables {
  login_throttle: {
    account_key: string;
    client_key: string;
    pending: Generated<number>;
    failures: Generated<number>;
    window_started_at: Date;
    locked_until: Date | null;
    lock_level: Generated<number>;
    updated_at: Date;
  };
  login_devices: {
    token_hash: string;
    user_id: string;
    created_at: Generated<Date>;
    expires_at: Date;
  };
}

/** Departments and teams (migration 0084) and who is in them. */
export interface DepartmentTables {
  departments: {
    id: string;
    gemeente_code: string;
    name: string;
    kind: Generated<'afdeling' | 'team'>;
    email: string | null;
    active: Generated<boolean>;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  department_members: {
    department_id: string;
    user_id: string;
    added_at: Generated<Date>;
  };
}

/** Invitations by one-time link (migration 0085); only the token's hash is stored. */
export interface InvitationTables {
  user_invitations: {
    id: string;
    user_id: string;
    token_hash: string;
    created_at: Generated<Date>;
    expires_at: Date;
    accepted_at: Date | null;
    withdrawn_at: Date | null;
  };
}

declare module '../../db/schema.ts' {
  interface DB extends UserTables {}
}
