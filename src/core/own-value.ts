/**
 * `record[key]` only when the record has that key itself. A mapping read from JSON is a plain
 * object, so a key taken from a file ("constructor", "toString", "__proto__") would otherwise find
 * what Object.prototype holds — a function where a code or status was expected.
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
