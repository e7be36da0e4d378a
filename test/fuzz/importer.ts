/**
 * What the fuzzer needs of one import command: how to run it in-process (the service the CLI
 * calls) and through the CLI, how to make cases (a valid base file mutated, or a targeted bad
 * file), and how to tell whether a successful import's report adds up.
 */
import { isUtf8 } from 'node:buffer';
import type { ServiceContext } from '../../src/core/context.ts';
import type { Mutated, TextMutation } from './mutate-text.ts';
import type { Rng } from './random.ts';

export const IMPORTERS = ['areas', 'cbs-crime', 'incidents', 'signals', 'survey', 'addresses'] as const;
export type ImporterName = (typeof IMPORTERS)[number];

export interface FuzzCase {
  importer: ImporterName;
  /** What was done to which base file, e.g. `events-rd.csv: truncated at byte 120 of 427`. */
  name: string;
  fileName: string;
  bytes: Uint8Array;
  options: Record<string, unknown>;
  /** Targeted cases say what must happen; mutated ones only have to end well. */
  expect?: { outcome: 'rejected' | 'imported'; message?: RegExp };
  /** The file is text that is not UTF-8 (or has NUL bytes): it must not be imported. */
  undecodable?: boolean;
}

/** Row-count change of a table over the attempt. */
export type Delta = (table: string) => number;

export interface Importer {
  name: ImporterName;
  /** Runs the import service on `file` (the file name is the case's). */
  run(ctx: ServiceContext, file: string, options: Record<string, unknown>): Promise<unknown>;
  /** The CLI arguments for the same import (`import <name> FILE …`); extra files are written beside FILE. */
  cli(file: string, options: Record<string, unknown>): string[];
  /** Null when a successful import's report adds up and agrees with the tables; else what is wrong. */
  check(summary: unknown, options: Record<string, unknown>, delta: Delta, ctx: ServiceContext): Promise<string | null>;
  /** One generated case (a base file with one or two mutations). */
  generate(rng: Rng): Promise<FuzzCase>;
  /** The fixed cases with an expected outcome. */
  targeted(): Promise<FuzzCase[]>;
}

export interface BaseFile {
  fileName: string;
  text: string;
  kind: 'csv' | 'json';
  options?: Record<string, unknown>;
}

/** Applies one mutation (sometimes two) chosen from `pool` to a base file. */
export function mutateBase(
  importer: ImporterName,
  base: BaseFile,
  rng: Rng,
  pool: Record<string, TextMutation>,
  options: Record<string, unknown>,
): FuzzCase {
  const names = Object.keys(pool);
  const first = rng.pick(names);
  let m: Mutated = pool[first]!(base.text, rng);
  let label = `${first} (${m.label})`;
  if (rng.chance(0.2)) {
    const second = rng.pick(names);
    const text = m.bytes.toString('utf8');
    m = pool[second]!(text, rng);
    label += ` + ${second} (${m.label})`;
  }
  return {
    importer,
    name: `${base.fileName}: ${label}`,
    fileName: base.fileName,
    bytes: m.bytes,
    options: { ...base.options, ...options },
    undecodable: !isCleanUtf8(m.bytes),
  };
}

/** UTF-8 without NUL bytes and without a UTF-16 byte-order mark. */
export function isCleanUtf8(bytes: Uint8Array): boolean {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return false;
  return !b.includes(0) && isUtf8(b);
}

export const num = (v: unknown) => (typeof v === 'number' ? v : Number.NaN);
