/**
 * The audit module — The processing log (Logboek Dataverwerkingen) and its retention.
 * This file is the module's public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files. Its routes and commands are in module.ts.
 */

export { PROCESSING_ACTIVITIES } from './activities.ts';
export type { ProcessingActivityId } from './activities.ts';
export { RESOURCE_NAME, findProcessingRecordsByActivityPrefix, recordProcessing, type AuditRecord } from './audit-service.ts';
export { insertProcessingRecords, prepareProcessingRecord } from './processing-statement.ts';
export type { PreparedProcessingRecord, ProcessingJoin } from './processing-statement.ts';
export { pseudonymFor } from './pseudonym.ts';
export { purgeExpiredAuditRecords } from './retention.ts';
export { processingRecordsAbout, type SubjectProcessingRecord } from './subject-records.ts';
