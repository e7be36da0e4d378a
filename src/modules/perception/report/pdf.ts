/** The report's HTML → PDF renderer: the generic one in core (shared with the PGA subject access export). */
export {
  chromiumLauncher,
  PdfRenderer,
  type LaunchBrowser,
  type PdfBrowser,
  type PdfLimits,
  type PdfPage,
} from '../../../core/pdf-renderer.ts';
