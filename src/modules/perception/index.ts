/**
 * The perception module — Veiligheidsbeleving: surveys, pulse and stories, safety profile, wijkgesprek report.
 * This file is the module's public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files. Its routes and commands are in module.ts.
 */

export { seedIndicatorCatalogue } from './survey/catalogue.ts';
export { purgeOldPeriodKeys } from './pulse/device.ts';
export { surveyFigures } from './survey/survey-service.ts';
export { importSurvey } from './survey/survey-import.ts';
export type { SurveyImportOptions, SurveyImportSummary } from './survey/survey-import.ts';
