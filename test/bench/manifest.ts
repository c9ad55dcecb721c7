/** What the generator wrote (manifest.json next to bank.csv and ledger.csv), checked when read back. */
import { z } from 'zod';

/** Bumped whenever the output for a given seed changes, so cached pairs are regenerated. */
export const GENERATOR_VERSION = 'recon-bench-generate/2';

const perKind = <T extends z.ZodType>(item: T) =>
  z.object({
    reference: item,
    amountDate: item,
    batch: item,
    split: item,
    fee: item,
    inTransit: item,
    bankOnly: item,
    duplicate: item,
  });

const Count = z.number().int().min(0);

export const ManifestSchema = z.object({
  generator: z.literal(GENERATOR_VERSION),
  seed: z.number().int(),
  /** Lines per side. */
  lines: z.number().int(),
  month: z.string(),
  currency: z.literal('CNY'),
  opening: z.string(),
  bankClosing: z.string(),
  ledgerClosing: z.string(),
  /** Scenarios generated, by kind (a payroll batch counts once however many lines it has). */
  units: perKind(Count),
  /** Lines each kind put on each side. */
  linesByKind: perKind(z.object({ bank: Count, ledger: Count })),
});
export type Manifest = z.infer<typeof ManifestSchema>;
