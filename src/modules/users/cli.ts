/** `stadsveilig user add|list|role|disable|reset-password`. */
import { Argument, Option } from 'commander';
import type { CliCommands } from '../../core/module-contract.ts';
import { CliError } from '../../core/errors.ts';
import { withDatabase } from '../../db/with-database.ts';
import { ROLES, isRole } from '../../core/roles.ts';
import { changeRole, createUser, disableUser, listUsers, resetPassword } from './user-service.ts';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY)
    throw new CliError('--password-stdin expects the password on standard input (e.g. echo "$PW" | stadsveilig user add …).');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export function registerUserCli({ userCmd }: CliCommands): void {
  userCmd
    .command('add')
    .description('create a user; prints a generated password once unless --password-stdin is given')
    .argument('<email>', 'e-mail address (login name)')
    .addOption(new Option('--role <role>', 'role').choices([...ROLES]).makeOptionMandatory())
    .option('--name <displayName>', 'display name')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (email: string, opts: { role: string; name?: string; passwordStdin?: boolean }) => {
      if (!isRole(opts.role)) throw new CliError(`unknown role '${opts.role}'`);
      const role = opts.role;
      const password = opts.passwordStdin ? await readStdin() : undefined;
      await withDatabase(async (ctx) => {
        const result = await createUser(ctx, {
          email,
          role,
          displayName: opts.name ?? null,
          ...(password !== undefined ? { password } : {}),
        });
        process.stdout.write(`Created ${result.user.email} (${result.user.role}, id ${result.user.id}).\n`);
        if (result.generated) process.stdout.write(`One-time password (shown once, change it after the first login): ${result.password}\n`);
      });
    });

  userCmd
    .command('list')
    .description('list users')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withDatabase(async (ctx) => {
        const users = await listUsers(ctx);
        if (opts.json) return void process.stdout.write(`${JSON.stringify(users, null, 2)}\n`);
        for (const u of users) {
          process.stdout.write(`${u.email.padEnd(36)} ${u.role.padEnd(12)} ${u.status.padEnd(9)} last login ${u.lastLoginAt ?? 'never'}\n`);
        }
        process.stdout.write(`${users.length} user(s)\n`);
      });
    });

  userCmd
    .command('role')
    .description('give a user another role (never the last active admin)')
    .argument('<emailOrId>', 'e-mail address or id')
    .addArgument(new Argument('<role>', 'the new role').choices([...ROLES]))
    .action(async (who: string, role: string) => {
      if (!isRole(role)) throw new CliError(`unknown role '${role}'`);
      await withDatabase(async (ctx) => {
        const user = await changeRole(ctx, who, role);
        process.stdout.write(`${user.email} is now ${user.role}.\n`);
      });
    });

  userCmd
    .command('disable')
    .description('disable a user and end their sessions')
    .argument('<emailOrId>', 'e-mail address or id')
    .action(async (who: string) => {
      await withDatabase(async (ctx) => {
        const user = await disableUser(ctx, who);
        process.stdout.write(`Disabled ${user.email}.\n`);
      });
    });

  userCmd
    .command('reset-password')
    .description('give a user a new one-time password (printed once; to be changed at the next login) and end their sessions')
    .argument('<emailOrId>', 'e-mail address or id')
    .action(async (who: string) => {
      await withDatabase(async (ctx) => {
        const { user, password } = await resetPassword(ctx, who);
        process.stdout.write(`Reset the password of ${user.email}; their sessions have ended.\n`);
        process.stdout.write(`One-time password (shown once, must be changed at the next login): ${password}\n`);
      });
    });
}
