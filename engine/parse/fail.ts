/**
 * How readers refuse a file: one ParseError naming the file, the line (or entry) and a reason
 * key from engine/i18n/{zh-CN,en}/parse.ts. The English wording is the error's `.message`;
 * `describeError` renders it in the user's language.
 */
import { ParseError, type EngineErrorCode, type InputLocation, type ReasonParams } from '../errors.ts';
import { fill } from '../i18n/index.ts';
import { parse as en } from '../i18n/en/parse.ts';

export type ReasonKey = keyof typeof en.parse.reasons;

/** Builds the ParseError for `key` at `location` (English message, key and params kept). */
export function parseError(location: InputLocation, key: ReasonKey, params: ReasonParams = {}): ParseError {
  const code: EngineErrorCode = key === 'TOO_LARGE' ? 'PARSE.TOO_LARGE' : 'PARSE.BAD_INPUT';
  return new ParseError(location, fill(en.parse.reasons[key], params), code, key, params);
}

/** Same as parseError, at a line of a file. */
export function lineError(file: string, line: number, key: ReasonKey, params: ReasonParams = {}): ParseError {
  return parseError({ file, line }, key, params);
}
