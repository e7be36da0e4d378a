/**
 * HTML → PDF with headless Chromium through playwright-core (`page.pdf()`): the most faithful
 * rendering of the same HTML the browser shows. Decision: Chromium over a pure-JS PDF library
 * (pdfkit) because the report is one HTML source for screen, print and PDF; the cost is a
 * Chromium binary on the server (Debian package `chromium`, path STADSVEILIG_CHROMIUM_PATH).
 * Without it the API answers 503 pdf-unavailable and the HTML version still works.
 * One browser per request (about a second); PDFs are rare, staff-only requests.
 */
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { AppError } from '../../core/errors.ts';

export const pdfUnavailable = (detail: string) => new AppError(503, 'pdf-unavailable', 'PDF not available', detail);

export async function htmlToPdf(html: string, chromiumPath: string): Promise<Buffer> {
  if (!fs.existsSync(chromiumPath)) {
    throw pdfUnavailable(`Chromium is not installed at ${chromiumPath} (set STADSVEILIG_CHROMIUM_PATH, or use report.html).`);
  }
  const browser = await chromium
    .launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
    .catch((err: Error) => {
      throw pdfUnavailable(`Chromium at ${chromiumPath} did not start: ${err.message.split('\n')[0]}`);
    });
  try {
    const page = await browser.newPage();
    // No network: the report is self-contained; block anything it might still ask for.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '14mm', bottom: '14mm', left: '14mm', right: '14mm' } });
  } finally {
    await browser.close();
  }
}
