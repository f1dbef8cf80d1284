/**
 * The HTML reports of the examples in a real browser (Debian's Chromium through playwright-core): they load
 * from file:// with no network request and no console error, show their key elements, filter by keyboard,
 * stay readable without script, and keep text contrast at WCAG AA in both colour schemes.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openReport, screenshotPath, type OpenedReport, type PageElement, type PageGlobals } from './helpers/browser.js';
import { runCli, tempDirectory, tempTree } from './helpers/cli.js';
import { HEAVY_TEST_TIMEOUT } from './helpers/timeouts.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const out = tempDirectory('webagent-lint-html-');
const lintReport = path.join(out, 'lint.html');
const compareReport = path.join(out, 'compare.html');
const explainReport = path.join(out, 'explain.html');

interface JsonFinding {
  readonly ruleId: string;
  readonly severity: string;
  readonly agent: string;
  readonly file: string;
  readonly predicts: readonly string[];
}

let browser: Browser;
/** The same lint run as JSON: what the HTML must show. */
let expected: { findings: JsonFinding[]; summary: { errors: number; warnings: number; infos: number; agents: number }; notChecked: { reason: string }[] };

beforeAll(async () => {
  const lint = await runCli(['lint', 'examples', '--format', 'html', '--output', lintReport], { cwd: repo });
  expect(lint.code, lint.stderr).toBe(1);
  expected = JSON.parse((await runCli(['lint', 'examples', '--format', 'json'], { cwd: repo })).stdout);
  const compare = await runCli(['compare', 'examples', '--format', 'html', '--output', compareReport], { cwd: repo });
  expect(compare.code, compare.stderr).toBe(0);
  // Each log named with its agent (the logs are not in the agents' directories).
  const logs = [
    'examples/firewall-drops=examples/logs/firewall-drops-ctagent.log',
    'examples/duplicate-server-lists=examples/logs/duplicate-server-lists-ctagent.log',
  ];
  // The refresh rule raised to an error, as a site that wants hourly CT_SOCKET_ERRORs to fail its build does: the
  // severity filter then has two severities to choose from.
  const raised = path.join(tempTree({ 'raise.yaml': 'rules:\n  cleartrust/pool-refresh-exceeds-firewall-idle: error\n' }), 'raise.yaml');
  const explain = await runCli(['explain', '--log', ...logs, '--config', raised, '--format', 'html', '--output', explainReport], { cwd: repo });
  expect(explain.code, explain.stderr).toBe(1);
  browser = await launchChromium();
}, HEAVY_TEST_TIMEOUT);

afterAll(async () => {
  await browser?.close();
});

/** Opens a report, runs the checks, and always asserts the page made no request but its own file and logged no error. */
async function withReport(file: string, check: (report: OpenedReport) => Promise<void>, options: Parameters<typeof openReport>[2] = {}): Promise<void> {
  const report = await openReport(browser, file, options);
  try {
    await check(report);
    expect(report.errors).toEqual([]);
    expect(report.requests).toEqual([report.url]);
  } finally {
    await report.close();
  }
}

const visibleRows = (page: Page) => page.locator('tr[data-filter-item]:visible');
const TIMEOUT = { timeout: HEAVY_TEST_TIMEOUT };

describe('lint --format html in Chromium', () => {
  it('shows the agents, and the findings by agent and file with severity, rule, source line, predicted code and remedy', TIMEOUT, async () => {
    await withReport(lintReport, async ({ page }) => {
      const { summary, findings } = expected;
      await expect(page.title()).resolves.toBe(`webagent-lint: ${summary.errors + summary.warnings + summary.infos} problems in ${summary.agents} agents`);
      expect(await page.locator('h1').textContent()).toBe('webagent-lint report');
      // The verdict first: the examples fail on their errors.
      expect(await page.locator('header .verdict h2').textContent()).toBe('Failed exit code 1');
      const overview = await page.locator('table.overview tbody th[scope=row]').allTextContents();
      expect(overview).toEqual(
        expect.arrayContaining([
          'examples/duplicate-server-lists',
          'examples/firewall-drops',
          'examples/typos',
          'examples/cams/broken/system (security domain)',
        ]),
      );
      // Agents without findings are folded into their count, below the table.
      expect(overview).not.toContain('examples/healthy');
      expect(await page.locator('details.clean').getAttribute('open')).toBeNull();
      const agents = [...new Set(findings.map((f) => f.agent))].sort();
      const headings = await page.locator('section.agent h3').allTextContents();
      expect(headings.map((h) => h.replace(/^(Agent|Security domain) /, ''))).toEqual(agents);
      expect(headings).toContain('Security domain examples/cams/broken/system');
      expect(await page.locator('section.agent h4').allTextContents()).toEqual([...new Set(findings.map((f) => f.file))].sort());
      expect(await page.locator('details.clean ul').textContent()).toContain('examples/healthy');
      // Without a config file the examples leave checks undone: a visible box lists them above the findings.
      const box = page.locator('section.not-checked');
      expect(await box.isVisible()).toBe(true);
      expect(await box.locator('h2').textContent()).toBe('Not checked');
      expect(await box.locator('li .message').allTextContents()).toEqual(expected.notChecked.map((notice) => notice.reason));
      await expect(visibleRows(page).count()).resolves.toBe(findings.length);
      expect(await page.locator('table.findings th[scope=col]').first().textContent()).toBe('Line');

      const refresh = page.locator('tr[data-filter-item][data-rule="cleartrust/pool-refresh-exceeds-firewall-idle"]');
      expect(await refresh.locator('th[scope=row]').textContent()).toBe('15:1');
      expect(await refresh.locator('.badge').textContent()).toBe('warning');
      expect(await refresh.locator('pre.source').textContent()).toBe('15cleartrust.agent.auth_server_pool_refresh=1 Hrs');
      expect(await refresh.locator('pre.source mark').textContent()).toBe('cleartrust.agent.auth_server_pool_refresh=1 Hrs');
      expect(await refresh.locator('.remedy').textContent()).toMatch(/^Fix: Set cleartrust\.agent\.auth_server_pool_refresh slightly below/);
      expect(await refresh.locator('.rule code').textContent()).toBe('cleartrust/pool-refresh-exceeds-firewall-idle');
      expect(await refresh.locator('.rule a').count()).toBe(0); // no link to a site that does not exist
      expect(await refresh.locator('.codes li > code').allTextContents()).toEqual(['CT_SOCKET_ERROR', 'CT_SERVER_TIMED_OUT_ERROR']);
      expect(await refresh.locator('.codes .meaning').first().textContent()).toMatch(/^The TCP connection between the agent and an aserver was gone/);

      await page.screenshot({ path: screenshotPath('lint.png'), fullPage: true });
    });
  });

  it('filters by code, agent, rule and severity from the keyboard, and hides groups left empty', TIMEOUT, async () => {
    await withReport(lintReport, async ({ page }) => {
      const all = expected.findings;
      const status = page.locator('#filter-status');
      await expect(status.textContent()).resolves.toBe(`Showing all ${all.length} findings`);

      await page.keyboard.press('/');
      expect(await activeId(page)).toBe('filter-text');
      const outline = await page.evaluate(() => {
        const window = globalThis as unknown as PageGlobals;
        return window.getComputedStyle(window.document.activeElement as PageElement).outlineStyle;
      });
      expect(outline).not.toBe('none');

      await page.keyboard.type('code:ct_socket_error');
      expect(await visibleRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-rule')))).toEqual([
        'cleartrust/pool-refresh-exceeds-firewall-idle',
        'cleartrust/idle-failover-connections',
      ]);
      await expect(status.textContent()).resolves.toBe(`Showing 2 of ${all.length} findings`);
      expect(await page.locator('section.agent:visible h3').allTextContents()).toEqual(['Agent examples/firewall-drops']);
      await page.screenshot({ path: screenshotPath('lint-filtered.png'), fullPage: true });

      await page.keyboard.press('Escape');
      await expect(visibleRows(page).count()).resolves.toBe(all.length);

      await page.keyboard.type('agent:typos');
      await expect(visibleRows(page).count()).resolves.toBe(all.filter((f) => f.agent.includes('typos')).length);
      await page.keyboard.press('Tab');
      expect(await activeId(page)).toBe('filter-severity');
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('#filter-severity').inputValue()).resolves.toBe('error');
      expect(await visibleRows(page).locator('.badge').allTextContents()).toEqual(['error', 'error']);

      await page.locator('#filter-text').fill('rule:fleet/ file:firewall');
      await page.locator('#filter-severity').selectOption('');
      await expect(visibleRows(page).count()).resolves.toBe(all.filter((f) => f.ruleId.startsWith('fleet/') && f.file.includes('firewall')).length);
      await page.locator('#filter-text').fill('code:cams-');
      const cams = all.filter((f) => f.predicts.some((code) => code.toLowerCase().includes('cams-')));
      expect(cams.length).toBeGreaterThan(0);
      await expect(visibleRows(page).count()).resolves.toBe(cams.length);

      await page.locator('#filter-text').fill('no-such-thing');
      await expect(visibleRows(page).count()).resolves.toBe(0);
      expect(await page.locator('#filter-none').isVisible()).toBe(true);
      expect(await page.locator('section.agent:visible').count()).toBe(0);
    });
  });

  it('is complete without script: every finding shown, the filter form hidden', TIMEOUT, async () => {
    await withReport(
      lintReport,
      async ({ page }) => {
        await expect(visibleRows(page).count()).resolves.toBe(expected.findings.length);
        expect(await page.locator('#filter').isVisible()).toBe(false);
      },
      { javaScriptEnabled: false },
    );
  });

  it('keeps text contrast at 4.5:1 or more in the light and the dark scheme', TIMEOUT, async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await withReport(
        lintReport,
        async ({ page }) => {
          const ratios = await contrastRatios(page, [
            'body',
            '.muted',
            '.badge.sev-error',
            '.badge.sev-warning',
            '.rule code',
            'pre.source mark',
            '.codes .logged',
            '#filter-text',
          ]);
          for (const [selector, ratio] of Object.entries(ratios)) expect(ratio, `${colorScheme} ${selector}`).toBeGreaterThanOrEqual(4.5);
          if (colorScheme === 'dark') await page.screenshot({ path: screenshotPath('lint-dark.png') });
        },
        { colorScheme },
      );
    }
  });
});

describe('compare --format html in Chromium', () => {
  it('shows the fleet matrix with differing cells highlighted, and the fleet findings', TIMEOUT, async () => {
    await withReport(compareReport, async ({ page }) => {
      expect(await page.locator('h1').textContent()).toBe('webagent-lint fleet comparison');
      const clusters = await page.locator('section.cluster h3').allTextContents();
      expect(clusters).toEqual(expect.arrayContaining(['ClearTrust cluster (no dispatcher list)', 'ClearTrust cluster disp1.corp.example.org:5608']));
      const matrix = page.locator('table.matrix', { has: page.locator('caption', { hasText: 'disp1.corp.example.org:5608' }) });
      await expect(matrix.count()).resolves.toBe(1);
      const columns = await matrix.locator('thead th[scope=col]').allTextContents();
      expect(columns).toHaveLength(4);
      expect(columns[0]).toBe('Setting');
      expect(columns.slice(1).join(' | ')).toMatch(/^Group A \(1 agent\)examples\/\S+ \| Group B/);
      await expect(matrix.locator('tbody th[scope=row]').count()).resolves.toBe(22);

      const row = matrix.locator('tbody tr', { has: page.locator('th', { hasText: 'auth_server_pool_refresh' }) });
      const cells = await row
        .locator('td')
        .evaluateAll((tds: PageElement[]) => tds.map((td) => `${td.className === 'differs' ? '!' : ''}${td.querySelector('code')?.textContent ?? ''}`));
      const agentsByColumn = await matrix.locator('thead th[scope=col] ul').allTextContents();
      const firewall = agentsByColumn.findIndex((agents) => agents.includes('examples/firewall-drops'));
      expect(cells[firewall]).toBe('!1 Hrs');
      expect(cells.filter((cell) => cell === '30 Mins')).toHaveLength(2);
      const background = (td: PageElement) => (globalThis as unknown as PageGlobals).getComputedStyle(td).backgroundColor;
      const highlighted = await matrix.locator('td.differs').first().evaluate(background);
      const plain = await matrix.locator('td:not(.differs)').first().evaluate(background);
      expect(highlighted).not.toBe(plain);
      expect(await matrix.locator('td.differs .visually-hidden').first().textContent()).toBe('differs: ');

      await expect(visibleRows(page).count()).resolves.toBe(4);
      await page.keyboard.press('/');
      await page.keyboard.type('agent:healthy');
      await expect(visibleRows(page).count()).resolves.toBe(0);
      await page.keyboard.press('Escape');
      await page.keyboard.type('auth_server_mode');
      await expect(visibleRows(page).count()).resolves.toBe(1);
      await page.keyboard.press('Escape');

      await page.screenshot({ path: screenshotPath('compare.png'), fullPage: true });
      const ratios = await contrastRatios(page, ['td.differs', '.matrix .unset', 'caption']);
      for (const [selector, ratio] of Object.entries(ratios)) expect(ratio, selector).toBeGreaterThanOrEqual(4.5);
    });
  });
});

describe('explain --log --format html in Chromium', () => {
  it('shows a timeline per code, the hourly comb of CT_SOCKET_ERROR, with the explaining findings beside it', TIMEOUT, async () => {
    await withReport(explainReport, async ({ page }) => {
      expect(await page.locator('h1').textContent()).toBe('webagent-lint log explanation');
      const sections = page.locator('section.log-code');
      expect(await sections.locator('h3 code').allTextContents()).toEqual(['CT_SOCKET_ERROR', 'CT_SERVER_TIMED_OUT_ERROR', 'CT-MSG-TOKEN-IP-MISMATCH']);
      const socket = sections.first();
      const chart = socket.locator('svg[role=img]');
      await expect(chart.locator('rect.bar').count()).resolves.toBe(24);
      expect(await chart.getAttribute('aria-labelledby')).toMatch(/chart-title .*chart-desc$/);
      // Equal bars, one per hour: the comb of a periodic error.
      const heights = await chart.locator('rect.bar').evaluateAll((bars: PageElement[]) => bars.map((bar) => bar.getAttribute('height')));
      expect(new Set(heights).size).toBe(1);
      expect(await socket.locator('.rhythm').textContent()).toBe('Periodic: recurs about every 60 minutes (24 events).');
      const explained = socket.locator('.explained');
      expect(await explained.locator('h4').textContent()).toBe('Explained by 2 findings');
      expect(await explained.locator('.rule code').allTextContents()).toEqual([
        'cleartrust/pool-refresh-exceeds-firewall-idle',
        'cleartrust/idle-failover-connections',
      ]);
      const [chartBox, findingsBox] = await Promise.all([chart.boundingBox(), explained.boundingBox()]);
      expect(findingsBox && chartBox && findingsBox.x > chartBox.x + chartBox.width - 1).toBe(true);
      expect(findingsBox && chartBox && findingsBox.y < chartBox.y + chartBox.height).toBe(true);
      const bar = await contrastAgainst(page, 'rect.bar', 'fill');
      expect(bar).toBeGreaterThanOrEqual(3);
      await page.screenshot({ path: screenshotPath('explain.png'), fullPage: true });

      await page.keyboard.press('/');
      await page.keyboard.type('code:ct_server');
      expect(await page.locator('section.log-code:visible h3 code').allTextContents()).toEqual(['CT_SERVER_TIMED_OUT_ERROR']);
      await expect(page.locator('#filter-status').textContent()).resolves.toBe('Showing 1 of 3 codes');
      await page.keyboard.press('Escape');
      // The error-level pool refresh finding explains the firewall-drops log's code; the time-outs are in the other
      // log, whose agent's findings explain them (warnings): each log is compared with its own agent.
      await page.locator('#filter-severity').selectOption('error');
      expect(await page.locator('section.log-code:visible h3 code').allTextContents()).toEqual(['CT_SOCKET_ERROR']);
      await page.locator('#filter-severity').selectOption('');
      await page.locator('#filter-text').fill('agent:duplicate');
      await expect(page.locator('section.log-code:visible').count()).resolves.toBe(2);
    });
  });
});

describe('a fleet of 300 agents at 420 px wide', () => {
  // 300 agents of one dispatcher group: every 20th refreshes later than the others (fleet drift and a refresh
  // beyond the firewall timeout), the rest are clean.
  const fleet = () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) {
      const refresh = i % 20 === 0 ? '2 Hrs' : '30 Mins';
      files[`agents/web${String(i).padStart(3, '0')}/webagent.conf`] =
        `<Pool id=__default__>\ncleartrust.agent.dispatcher_list=disp1.corp.example.org:5608\ncleartrust.agent.auth_server_pool_refresh=${refresh}\n</Pool>\n`;
    }
    return tempTree(files);
  };
  const narrow = { viewport: { width: 420, height: 800 } };
  const pageWidth = (page: Page) =>
    page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);

  it('lint: no sideways scrolling of the page, the verdict above the findings, the clean agents folded', TIMEOUT, async () => {
    const cwd = fleet();
    const file = path.join(cwd, 'lint.html');
    const { code } = await runCli(['agents', '--firewall-idle-timeout', '1h', '--format', 'html', '--output', file], { cwd });
    expect(code).toBe(0);
    await withReport(
      file,
      async ({ page }) => {
        expect(await pageWidth(page)).toBeLessThanOrEqual(420);
        const [verdict, findings, agents] = await Promise.all(['.verdict', '#findings-heading', '#agents-heading'].map((s) => page.locator(s).boundingBox()));
        expect(verdict && findings && agents && verdict.y < findings.y && findings.y < agents.y).toBe(true);
        expect(await page.locator('.verdict h2').textContent()).toBe('Passed exit code 0');
        expect(await page.locator('details.clean summary').textContent()).toBe('285 agents without findings');
        expect(await page.locator('details.clean ul').isVisible()).toBe(false);
        await expect(page.locator('table.overview tbody tr').count()).resolves.toBe(15);
        await page.screenshot({ path: screenshotPath('lint-420.png'), fullPage: true, clip: { x: 0, y: 500, width: 420, height: 1000 } });
      },
      narrow,
    );
  });

  it('compare: the matrix scrolls inside its box with its first column kept in view', TIMEOUT, async () => {
    const cwd = fleet();
    const file = path.join(cwd, 'compare.html');
    await runCli(['compare', 'agents', '--all', '--format', 'html', '--output', file], { cwd });
    await withReport(
      file,
      async ({ page }) => {
        expect(await pageWidth(page)).toBeLessThanOrEqual(420);
        expect(await page.locator('header .lead').textContent()).toMatch(/^300 agents in 1 cluster; 1 setting differs within a cluster\. /);
        const box = page.locator('.scroll', { has: page.locator('table.matrix') }).first();
        const setting = box.locator('tbody th[scope=row]').first();
        const before = await setting.boundingBox();
        await box.evaluate((element) => {
          (element as unknown as { scrollLeft: number }).scrollLeft = 10_000;
        });
        expect(await box.evaluate((element) => (element as unknown as { scrollLeft: number }).scrollLeft)).toBeGreaterThan(0);
        expect((await setting.boundingBox())?.x).toBe(before?.x);
        await page.screenshot({ path: screenshotPath('compare-420.png'), fullPage: false });
      },
      narrow,
    );
  });
});

describe('hostile input in Chromium', () => {
  it('shows markup in names and values as text: no script runs, nothing is requested', TIMEOUT, async () => {
    const payload = '<img src=https://example.invalid/x.png onerror=alert(1)><script>alert(2)</script>';
    const conf = (refresh: string) =>
      `<Global>\ncleartrust.agent.cookie_name=${payload}\ncleartrust.agent.cookie_ip_check=${payload}\n</Global>\n<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d1:5608\ncleartrust.agent.auth_server_pool_refresh=${refresh}\n</Pool>\n`;
    const cwd = tempTree({ 'a"><b>x/webagent.conf': conf('30 Mins'), 'b/webagent.conf': conf('1 Hrs').replace(payload, 'plain') });
    const lint = path.join(cwd, 'lint.html');
    const compare = path.join(cwd, 'compare.html');
    await runCli(['lint', '.', '--format', 'html', '--output', lint], { cwd });
    await runCli(['compare', '.', '--format', 'html', '--output', compare], { cwd });
    for (const file of [lint, compare]) {
      await withReport(file, async ({ page }) => {
        await expect(page.locator('main img, main script, main b').count()).resolves.toBe(0);
        expect(await page.locator('main').textContent()).toContain(payload);
      });
    }
  });
});

function activeId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.id);
}

/** Contrast ratio of an SVG shape's paint (or other colour property) against the page background. */
async function contrastAgainst(page: Page, selector: string, property: 'fill'): Promise<number> {
  return page.evaluate(
    ([sel, prop]) => {
      const { document, getComputedStyle } = globalThis as unknown as PageGlobals;
      const element = document.querySelector(sel);
      if (!element) throw new Error(`no element matches ${sel}`);
      const parse = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = (rgb: number[]) =>
        rgb
          .map((c) => c / 255)
          .map((s) => (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
          .reduce((sum, c, i) => sum + c * ([0.2126, 0.7152, 0.0722][i] ?? 0), 0);
      const paint = luminance(parse((getComputedStyle(element) as unknown as Record<string, string>)[prop] ?? ''));
      const body = document.querySelector('body') as PageElement;
      const background = luminance(parse(getComputedStyle(body).backgroundColor));
      return (Math.max(paint, background) + 0.05) / (Math.min(paint, background) + 0.05);
    },
    [selector, property] as const,
  );
}

/** Contrast ratio (WCAG 2) of the text colour of the first element matching each selector against its background. */
async function contrastRatios(page: Page, selectors: readonly string[]): Promise<Record<string, number>> {
  return page.evaluate((list) => {
    const { document, getComputedStyle } = globalThis as unknown as PageGlobals;
    const parse = (color: string): [number, number, number, number] => {
      const parts = (color.match(/[\d.]+/g) ?? []).map(Number);
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const background = (element: PageElement | null): [number, number, number] => {
      for (let node = element; node; node = node.parentElement) {
        const [r, g, b, a] = parse(getComputedStyle(node).backgroundColor);
        if (a > 0) return [r, g, b];
      }
      return [255, 255, 255];
    };
    const luminance = ([r, g, b]: readonly number[]) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0);
    };
    const result: Record<string, number> = {};
    for (const selector of list) {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`no element matches ${selector}`);
      const fg = luminance(parse(getComputedStyle(element).color));
      const bg = luminance(background(element));
      result[selector] = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    }
    return result;
  }, selectors);
}
