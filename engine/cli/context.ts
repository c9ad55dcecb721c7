/**
 * What a CLI command is handed by the composition root (bot/recon.ts): streams, language,
 * the database opener and the FAQ asker. Commands read no environment themselves.
 */
import type { Lang } from '../i18n/index.ts';
import type { Db } from '../store/db.ts';
import type { RetentionAges } from '../service/retention.ts';

export interface AskSource {
  id: string;
  title: string;
}

export interface AskAnswer {
  answer: string;
  confidence: number;
  sources: AskSource[];
  suggestions: string[];
}

export interface CliContext {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  /** Language for human-readable output when --lang is not given. */
  readonly lang: Lang;
  /** Whether stderr is a terminal (progress bars only then). */
  readonly interactive: boolean;
  /** Opens the store (PostgreSQL when configured, else embedded PGlite) with migrations applied. */
  readonly openDb: () => Promise<Db>;
  /** Which store openDb opens (a data folder, or a PostgreSQL URL without its password), for people to see. */
  readonly storeLabel?: string;
  /** Answers a question from the knowledge base (dialogs/faq), injected by the composition root. */
  readonly ask: (question: string, lang: Lang) => Promise<AskAnswer>;
  /**
   * The operating-system user running the command (os.userInfo), recorded in every audit row the
   * command writes and, without --posted-by, as who posted an import's lines. Undefined when unknown.
   */
  readonly osUser?: string | undefined;
  /** Where `recon audit checkpoint` appends the checkpoints it takes (RECON_AUDIT_CHECKPOINT_FILE). */
  readonly auditCheckpointFile?: string | undefined;
  /** The clock, injected so commands stay testable. */
  readonly now: () => Date;
  /** How long chat data is kept (RETENTION_*_DAYS); `recon prune` uses it unless flags say otherwise. */
  readonly retention?: RetentionAges;
}
