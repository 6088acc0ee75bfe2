import { readFileSync, statSync } from 'node:fs';
import type { z } from 'zod';
import { parseStrict } from '../domain/schemas/strict';

/** A failure the user caused (bad file, bad field): Vietnamese lines for stderr, exit code 2. */
export class UserInputError extends Error {
  constructor(public readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export function readTextFile(path: string | undefined, what = 'tệp đầu vào'): string {
  if (!path) throw new UserInputError([`Thiếu đường dẫn ${what}.`]);
  let size: number;
  try {
    const info = statSync(path);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    throw new UserInputError([`Không mở được ${what} «${path}»: tệp không tồn tại, không phải tệp thường hoặc không đọc được.`]);
  }
  if (size > MAX_INPUT_BYTES) throw new UserInputError([`${what} «${path}» quá lớn (${size} byte; tối đa ${MAX_INPUT_BYTES}).`]);
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '').normalize('NFC');
}

export function readJsonFile(path: string | undefined, what = 'tệp JSON'): unknown {
  const text = readTextFile(path, what);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UserInputError([`${what} «${path}» không phải JSON hợp lệ: ${(e as Error).message}`]);
  }
}

/** Validates a file the user wrote: a wrong value or a key the schema does not know ("score" for "scores") → exit 2. */
export function validate<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const r = parseStrict(schema, input);
  if (!r.ok) throw new UserInputError([`${what} không hợp lệ:`, ...r.errors]);
  return r.value;
}

export type CliCommand = (args: string[]) => Promise<unknown> | unknown;
