/** The audit log as use cases (`recon audit verify`, `recon audit checkpoint`, the daily summary): the store's verification and checkpoints. */
export { verifyAudit, type AuditProblem, type AuditVerification, type AuditWarning, type VerifyOptions } from '../store/audit-verify.ts';
export { parseCheckpoints, takeCheckpoint, type Checkpoint } from '../store/audit-checkpoint.ts';
export { auditKey } from '../store/audit-key.ts';
