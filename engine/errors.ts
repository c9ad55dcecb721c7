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

/**
 * A file that cannot be read as a statement. The message is the one line shown to a person:
 * `FILE:LINE: reason` (or `FILE, entry X: reason`).
 */
export class ParseError extends EngineError {
  readonly location: InputLocation;
  readonly reason: string;

  constructor(location: InputLocation, reason: string, code: EngineErrorCode = 'PARSE.BAD_INPUT') {
    super(code, `${formatLocation(location)}: ${reason}`, { ...location, reason });
    this.name = 'ParseError';
    this.location = location;
    this.reason = reason;
  }
}

export function formatLocation(loc: InputLocation): string {
  if (loc.line !== undefined) return `${loc.file}:${loc.line}`;
  if (loc.entry !== undefined) return `${loc.file}, entry ${loc.entry}`;
  return loc.file;
}
