/**
 * The cases module — person-oriented approach (PGA): cases with need-to-know, plans, case meetings,
 * break-glass, retention and subject access. This file is the module's public surface: other
 * modules, the HTTP app and the CLI import from here, never from the module's other files. Its
 * routes and commands are in module.ts.
 */
export { caseAccessOrNull, caseIdsOpenTo, type CaseAccess } from './access/case-access.ts';
export { CASE_CONTENT_ERASERS, type CaseContentEraser, runCaseRetention } from './lifecycle/retention.ts';
export { SUBJECT_ACCESS_PARTS, type SubjectAccessPart } from './lifecycle/subject-access.ts';
export { seedCaseCriteriaIfEmpty } from './case/criteria.ts';
