/**
 * Debian's Chromium driven by playwright-core, for the tests of the HTML reports. playwright-core never
 * downloads a browser: CI installs the `chromium` package (.ci/run), and a machine without it fails the test
 * with a message saying so instead of skipping it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The HTML report tests need Debian's Chromium at ${CHROMIUM}: install it with "apt-get install -y chromium" (.ci/run does).`);
  }
  // Generous, as every wait here: on a loaded machine Chromium starts and responds several times slower. Each stays
  // well under the tests' own timeout, so that a wait that never ends says what it waited for.
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, timeout: 120_000 });
}

/** A page opened from a file, with everything it asked the network for and every console error it caused. */
export interface OpenedReport {
  readonly page: Page;
  readonly url: string;
  /** Every request the page made, the file itself included. */
  readonly requests: string[];
  /** Console errors, uncaught exceptions and dialogs (an alert would mean injected script ran). */
  readonly errors: string[];
  close(): Promise<void>;
}

export async function openReport(browser: Browser, file: string, options: BrowserContextOptions = {}): Promise<OpenedReport> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, url, requests, errors, close: () => context.close() };
}

/** Screenshots go to test-results/ (git-ignored) for people to look at. */
export function screenshotPath(name: string): string {
  const dir = new URL('../../test-results/html/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  return new URL(name, dir).pathname;
}

/**
 * The few DOM features the tests use inside the page. The project compiles without the DOM library (nothing in
 * src/ may touch a DOM), so code run through page.evaluate reaches them as `globalThis as unknown as PageGlobals`.
 */
export interface PageGlobals {
  readonly document: { readonly activeElement: PageElement | null; querySelector(selector: string): PageElement | null };
  getComputedStyle(element: PageElement): { readonly color: string; readonly backgroundColor: string; readonly outlineStyle: string };
}

export interface PageElement {
  readonly id: string;
  readonly className: string;
  readonly textContent: string | null;
  readonly parentElement: PageElement | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
}
