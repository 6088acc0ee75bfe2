import { readFileSync, statSync } from 'node:fs';
import type { z } from 'zod';
import { parseStrict } from '../domain/schemas/strict';
import { decodeText } from '../domain/core/decode-text';
import { deeperThan, MAX_JSON_DEPTH } from '../domain/core/json-depth';

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
  // UTF-8 or UTF-16 (with its byte order mark), as the app reads files.
  return decodeText(readFileSync(path));
}

export function readJsonFile(path: string | undefined, what = 'tệp JSON'): unknown {
  const text = readTextFile(path, what);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    // The engine's message is English and quotes raw bytes: say where, in Vietnamese.
    const at = /position (\d+)/.exec((e as Error).message)?.[1];
    throw new UserInputError([`${what} «${path}» không phải JSON hợp lệ${at ? ` (lỗi ở ký tự thứ ${Number(at) + 1})` : ''}.`]);
  }
  if (deeperThan(json)) throw new UserInputError([`${what} «${path}» lồng nhau quá sâu (quá ${MAX_JSON_DEPTH} tầng).`]);
  return json;
}

/** Validates a file the user wrote: a wrong value or a key the schema does not know ("score" for "scores") → exit 2. */
export function validate<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const r = parseStrict(schema, input);
  if (!r.ok) throw new UserInputError([`${what} không hợp lệ:`, ...r.errors]);
  return r.value;
}

export type CliCommand = (args: string[]) => Promise<unknown> | unknown;
