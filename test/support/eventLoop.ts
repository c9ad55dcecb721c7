/** For tests that check the server keeps serving while it works: a large CSV, and a count of other work done meanwhile. */

/** A canonical CSV of `rows` bank lines (about 80 bytes each, Chinese text included). */
export function bigCsv(rows: number): Uint8Array {
  const lines = ['id,date,amount,currency,reference,counterparty,description'];
  for (let i = 0; i < rows; i++) lines.push(`B${i},2026-03-${String((i % 28) + 1).padStart(2, '0')},${i % 2 ? '-' : ''}${i}.50,CNY,REF${i},上海某某贸易有限公司,货款 第${i}笔`);
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/**
 * How many times another task (a setImmediate chain, standing for the next request's I/O) ran
 * while `work` ran, and what it gave.
 */
export async function turnsDuring<T>(work: () => Promise<T>): Promise<{ turns: number; result: T }> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  try {
    return { result: await work(), turns };
  } finally {
    running = false;
  }
}
