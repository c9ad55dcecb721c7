/**
 * Formatting of canonical CSV lines (README, "Statement formats") for the benchmark
 * generator. Amounts are integer cents (bigint) turned into fixed two-decimal strings: no
 * floating-point value ever becomes an amount.
 */

export const CANONICAL_HEADER = 'id,date,amount,currency,reference,counterparty,description,balance';

/** -123456n -> "-1234.56"; 5n -> "0.05". */
export function formatCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const units = abs / 100n;
  const minor = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${units}.${minor}`;
}

/** Quotes a field only when CSV requires it (comma, quote, line break), doubling inner quotes. */
export function csvField(value: string): string {
  if (!/[",\r\n]/.test(value)) return value;
  return `"${value.replaceAll('"', '""')}"`;
}

/** One transaction as written to a file. */
export interface CsvLine {
  readonly id: string;
  readonly date: string;
  readonly cents: bigint;
  readonly currency: string;
  readonly reference: string;
  readonly counterparty: string;
  readonly description: string;
  readonly balanceCents: bigint;
}

/** The canonical CSV line for one transaction, with its trailing newline. */
export function formatLine(l: CsvLine): string {
  return (
    `${csvField(l.id)},${l.date},${formatCents(l.cents)},${l.currency},${csvField(l.reference)},` +
    `${csvField(l.counterparty)},${csvField(l.description)},${formatCents(l.balanceCents)}\n`
  );
}
