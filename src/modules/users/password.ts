/**
 * Password hashing with argon2id (RFC 9106 second recommended option: m = 64 MiB, t = 3, p = 1
 * is the "memory-constrained" profile; we use m = 19 MiB, t = 2, p = 1 as in the OWASP Password
 * Storage Cheat Sheet, which keeps a login under ~50 ms on two cores).
 */
import { randomBytes } from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';

const ARGON2ID = 2 as Algorithm; // Algorithm.Argon2id (a const enum, not importable under verbatimModuleSyntax)
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;
const MIN_DISTINCT_CHARACTERS = 5;

/** Passwords that pass a length rule but head every guessing list (compared in lower case). */
const WELL_KNOWN = new Set([
  'wachtwoord12',
  'wachtwoord123',
  'wachtwoord1234',
  'welkom123456',
  'welkomwelkom',
  'password1234',
  'password12345',
  'passwordpassword',
  'qwertyuiop12',
  'qwertyuiopasdf',
  '123456789012',
  '1234567890ab',
  'abcdefghijkl',
  'abc123abc123',
  'letmein12345',
  'iloveyou1234',
  'administrator',
  'stadsveilig1',
  'stadsveilig12',
  'stadsveilig123',
  'dordrecht123',
]);

/**
 * The password rule of every place a password is set (create, change, reset, first admin):
 * 12–1024 characters, at least five different characters, not a well-known password, not the
 * e-mail address, and (when changing) not the current password. Returns the reason, or null.
 */
export function passwordProblem(password: string, context: { email?: string; current?: string } = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  if (new Set(password).size < MIN_DISTINCT_CHARACTERS) return `must contain at least ${MIN_DISTINCT_CHARACTERS} different characters`;
  const lower = password.toLowerCase();
  if (WELL_KNOWN.has(lower)) return 'is a well-known password; choose another';
  if (context.email && lower.includes(context.email.toLowerCase())) return 'must not contain your e-mail address';
  if (context.current !== undefined && password === context.current) return 'must differ from the current password';
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let verifications = 0;

/** How many password verifications ran in this process (the lock-out test counts them). */
export function passwordVerificationCount(): number {
  return verifications;
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  verifications++;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A random password of 20 characters from an unambiguous alphabet (~115 bits). */
export function generatePassword(length = 20): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = randomBytes(length * 2);
  let out = '';
  for (let i = 0; out.length < length && i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 256 - (256 % alphabet.length)) out += alphabet[b % alphabet.length];
  }
  return out.length === length ? out : generatePassword(length);
}

/** A dummy hash to verify against when the user does not exist, so timing does not reveal accounts. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}
