/**
 * HTML → PDF with headless Chromium through playwright-core (`page.pdf()`): the most faithful
 * rendering of the same HTML the browser shows. Decision: Chromium over a pure-JS PDF library
 * (pdfkit) because the report is one HTML source for screen, print and PDF; the cost is a
 * Chromium binary on the server (Debian package `chromium`, path STADSVEILIG_CHROMIUM_PATH).
 * Without it the API answers 503 pdf-unavailable and the HTML version still works.
 *
 * Chromium is heavy (a process tree of ~150 MB), so one renderer per server holds the load:
 * - one browser, launched on the first request and reused; closed after `idleMs` without renders,
 *   on server close, and after any failed render (a fresh one is launched for the next request);
 * - at most `concurrency` renders at once (each its own page); up to `queue` more wait in line;
 *   beyond that the request is refused at once with 503 pdf-busy and `retry-after`;
 * - at most `perMinute` PDFs per user in a sliding minute (429 with `retry-after`);
 * - a render that takes longer than `timeoutMs` closes the browser (which ends it) and answers 503.
 */
import fs from 'node:fs';
import { AppError, pdfBusy, pdfUnavailable, tooManyRequests } from './errors.ts';

/** The part of a playwright Page / Browser the renderer uses (a fake in tests). */
export interface PdfPage {
  route(
    url: string,
    handler: (route: { request(): { url(): string }; continue(): Promise<void>; abort(): Promise<void> }) => unknown,
  ): Promise<unknown>;
  setContent(html: string, options: { waitUntil: 'load' }): Promise<void>;
  pdf(options: Record<string, unknown>): Promise<Buffer>;
  close(): Promise<void>;
}
export interface PdfBrowser {
  newPage(): Promise<PdfPage>;
  close(): Promise<void>;
}
export type LaunchBrowser = () => Promise<PdfBrowser>;

export interface PdfLimits {
  concurrency: number;
  queue: number;
  perMinute: number;
  timeoutMs: number;
  idleMs: number;
}

/** Launches Debian's Chromium (or the one at `chromiumPath`); 503 pdf-unavailable when it is missing or does not start. */
export function chromiumLauncher(chromiumPath: string): LaunchBrowser {
  return async () => {
    if (!fs.existsSync(chromiumPath))
      throw pdfUnavailable(`Chromium is not installed at ${chromiumPath} (set STADSVEILIG_CHROMIUM_PATH, or use report.html).`);
    // playwright-core is loaded on the first PDF, not at start-up (it costs ~0.45 s of CPU to load).
    const { chromium } = await import('playwright-core');
    return chromium
      .launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
      .catch((err: Error) => {
        throw pdfUnavailable(`Chromium at ${chromiumPath} did not start: ${err.message.split('\n')[0]}`);
      }) as Promise<PdfBrowser>;
  };
}

interface Held {
  browser: Promise<PdfBrowser>;
  users: number;
  retired: boolean;
}

const PDF_OPTIONS = { format: 'A4', printBackground: true, margin: { top: '14mm', bottom: '14mm', left: '14mm', right: '14mm' } };

export class PdfRenderer {
  private held: Held | null = null;
  private admitted = 0;
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly recent = new Map<string, number[]>();
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly launch: LaunchBrowser,
    readonly limits: PdfLimits,
    private readonly now = () => Date.now(),
  ) {}

  /** Renders the HTML that `makeHtml` builds as an A4 PDF for `who` (a user id), within the limits above. */
  async render(who: string, makeHtml: () => Promise<string>): Promise<Buffer> {
    this.countRequest(who);
    if (this.admitted >= this.limits.concurrency + this.limits.queue) {
      throw pdfBusy('Er worden nu te veel PDF’s tegelijk gemaakt. Probeer het over enkele seconden opnieuw, of gebruik report.html.', 10);
    }
    this.admitted++;
    try {
      const html = await makeHtml();
      await this.acquire();
      try {
        return await this.renderOnce(html);
      } finally {
        this.release();
      }
    } finally {
      this.admitted--;
    }
  }

  /** Closes the browser (server shutdown). */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const held = this.held;
    this.held = null;
    if (held) await closeQuietly(held.browser);
  }

  private countRequest(who: string): void {
    const t = this.now();
    const times = (this.recent.get(who) ?? []).filter((s) => s > t - 60_000);
    if (times.length >= this.limits.perMinute) {
      this.recent.set(who, times);
      throw tooManyRequests(
        `U vroeg al ${times.length} PDF's in de laatste minuut (maximaal ${this.limits.perMinute}).`,
        (times[0]! + 60_000 - t) / 1000,
      );
    }
    times.push(t);
    this.recent.set(who, times);
    if (this.recent.size > 10_000) for (const [k, v] of this.recent) if (v.every((s) => s <= t - 60_000)) this.recent.delete(k);
  }

  private acquire(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.active < this.limits.concurrency) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) {
      next(); // the slot passes on; `active` stays
      return;
    }
    this.active--;
    if (this.active === 0 && this.held) {
      this.idleTimer = setTimeout(() => void this.close(), this.limits.idleMs);
      this.idleTimer.unref();
    }
  }

  private take(): Held {
    if (!this.held) {
      const browser = this.launch();
      const held: Held = { browser, users: 0, retired: false };
      browser.catch(() => this.retire(held));
      this.held = held;
    }
    this.held.users++;
    return this.held;
  }

  /** No new renders on this browser; it closes when the last one using it is done. */
  private retire(held: Held): void {
    held.retired = true;
    if (this.held === held) this.held = null;
    if (held.users === 0) void closeQuietly(held.browser);
  }

  private async renderOnce(html: string): Promise<Buffer> {
    const held = this.take();
    let page: PdfPage | undefined;
    let timer: NodeJS.Timeout | undefined;
    const work = (async () => {
      page = await (await held.browser).newPage();
      // No network: the report is self-contained; block anything it might still ask for.
      await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      await page.setContent(html, { waitUntil: 'load' });
      return page.pdf(PDF_OPTIONS);
    })();
    const cutOff = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            pdfUnavailable(
              `Het maken van de PDF duurde langer dan ${Math.round(this.limits.timeoutMs / 1000)} s en is afgebroken; gebruik report.html.`,
              30,
            ),
          ),
        this.limits.timeoutMs,
      );
    });
    work.catch(() => undefined); // after a cut-off its own failure has no one to tell
    try {
      return await Promise.race([work, cutOff]);
    } catch (err) {
      this.retire(held);
      if (err instanceof AppError) throw err;
      throw pdfUnavailable(`Chromium kon de PDF niet maken: ${String((err as Error).message ?? err).split('\n')[0]}`, 10);
    } finally {
      clearTimeout(timer);
      await (page as PdfPage | undefined)?.close().catch(() => undefined);
      held.users--;
      if (held.retired && held.users === 0) void closeQuietly(held.browser);
    }
  }
}

async function closeQuietly(browser: Promise<PdfBrowser>): Promise<void> {
  try {
    await (await browser).close();
  } catch {
    // launch failed or already closed: nothing to close
  }
}
