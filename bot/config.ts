/**
 * The environment, read once and checked with zod. Only bot/ reads process.env; everything else
 * is handed what it needs. A bad value stops the start with one line naming the variable.
 */
import { z } from 'zod';

const CliConfigSchema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  RECON_DATA_DIR: z.string().min(1).default('./data'),
  RECON_LANG: z.enum(['zh-CN', 'en']).optional(),
  LANG: z.string().optional(),
});
export type CliConfig = z.infer<typeof CliConfigSchema>;

/** Parses env or exits the process with one clear line naming every bad variable. */
export function parseEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`).join('; ');
  process.stderr.write(`configuration error: ${problems}\n`);
  process.exit(78);
}

export function loadCliConfig(env: NodeJS.ProcessEnv): CliConfig {
  return parseEnv(CliConfigSchema, env);
}
