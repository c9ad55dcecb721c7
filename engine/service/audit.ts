/** Checking the audit log's hash chain end to end (`recon audit verify`): the store's verification, as a use case. */
export { verifyAudit, type AuditProblem, type AuditVerification } from '../store/audit.ts';
