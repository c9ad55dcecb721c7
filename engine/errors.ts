/**
 * Broken invariants and refused input throw an EngineError carrying a stable code; the code
 * survives process boundaries (CLI exit, bot reply) where `instanceof` does not.
 */
export type EngineErrorCode =
  | 'ENGINE.CURRENCY_MISMATCH'
  | 'ENGINE.UNKNOWN_CURRENCY'
  | 'ENGINE.BAD_AMOUNT'
  | 'ENGINE.BAD_OPTIONS'
  | 'PARSE.BAD_INPUT'
  | 'PARSE.TOO_LARGE'
  | (string & {});

export class EngineError extends Error {
  readonly code: EngineErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: EngineErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
    this.details = details;
  }
}

/** Where in an input a problem sits: the file, and a line number or an entry label. */
export interface InputLocation {
  file: string;
  line?: number;
  entry?: string;
}

/** Parameters of a reason template (file names, values, line numbers). */
export type ReasonParams = Readonly<Record<string, string | number>>;

/**
 * A file that cannot be read as a statement. The message is the one line shown to a person:
 * `FILE:LINE: reason` (or `FILE, entry X: reason`), in English. Where the reader knows the
 * reason's key (`reasonKey`, e.g. `BAD_DATE`) and its parameters, `describeError` (engine/parse)
 * renders the same line in the user's language from engine/i18n/{zh-CN,en}/parse.ts.
 */
export class ParseError extends EngineError {
  readonly location: InputLocation;
  readonly reason: string;
  readonly reasonKey: string | null;
  readonly params: ReasonParams;

  constructor(
    location: InputLocation,
    reason: string,
    code: EngineErrorCode = 'PARSE.BAD_INPUT',
    reasonKey: string | null = null,
    params: ReasonParams = {},
  ) {
    super(code, `${formatLocation(location)}: ${reason}`, { ...location, reason, reasonKey, params });
    this.name = 'ParseError';
    this.location = location;
    this.reason = reason;
    this.reasonKey = reasonKey;
    this.params = params;
  }
}

export function formatLocation(loc: InputLocation): string {
  if (loc.line !== undefined) return `${loc.file}:${loc.line}`;
  if (loc.entry !== undefined) return `${loc.file}, entry ${loc.entry}`;
  return loc.file;
}
