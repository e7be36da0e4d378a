/**
 * The one e-mail address rule of the platform, used by the configuration, the login, `user add`,
 * the report and subscription forms (server and web app) and Open311.
 *
 * It is the WHATWG HTML "valid e-mail address" (the rule of `<input type="email">`), so what a
 * browser accepts the server accepts too, local addresses such as `admin@localhost` included:
 * a local part of printable ASCII, `@`, and one or more dot-separated host labels of letters,
 * digits and hyphens (no leading or trailing hyphen, at most 63 characters each).
 * The length is capped (254, RFC 5321) before the expression runs, and the expression has no
 * nested or overlapping quantifiers, so a long input costs linear time.
 * Pure: no imports, so the web app can use the same file.
 */
export const EMAIL_MAX_LENGTH = 254;

const EMAIL_PATTERN =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** True when `value` (already trimmed) is an e-mail address this platform accepts. */
export function isEmailAddress(value: string): boolean {
  if (value.length === 0 || value.length > EMAIL_MAX_LENGTH) return false;
  return EMAIL_PATTERN.test(value);
}

/** The canonical form stored and compared: trimmed, lower case. */
export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}
