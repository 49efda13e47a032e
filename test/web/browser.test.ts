import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/domain/compliance.js';
import { statusLabels } from '../../src/wording/messages.js';
import { serve, stop, type WebFixture, webFixture } from './fixtures.js';

// The public pages in Debian's Chromium, driven by playwright-core: they load, their figures are
// those of `rinde status --json`, each status reads without colour, axe-core finds no WCAG 2.1 AA
// violation, and screenshots are left in test-results/screenshots/ for a reviewer.

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');
const present = existsSync(CHROMIUM);
if (!present && process.env.CI === undefined) {
  console.warn(`Browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium; CI installs it).`);
}

type Browser = import('playwright-core').Browser;
type Page = import('playwright-core').Page;
/** What the page's script reads of the DOM (this file is compiled without the DOM library). */
type FocusDocument = { document: { activeElement: { textContent: string | null } | null } };

describe.skipIf(!present && process.env.CI === undefined)('the public pages in a browser', () => {
  let fixture: WebFixture;
  let server: Server;
  let base: string;
  let browser: Browser;
  let status: {
    summary: { average: number; status: 'red' | 'yellow' | 'green' };
    activities: { id: string; status: 'red' | 'yellow' | 'green'; ratio: number }[];
  };

  beforeAll(async () => {
    fixture = await webFixture();
    await fixture.rinde('publish', '--enable');
    status = JSON.parse((await fixture.rinde('status', '--json')).stdout);
    ({ base, server } = await serve(fixture.site));
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (server !== undefined) await stop(server);
    await fixture?.close();
  });

  /** The pages forbid every script (Content-Security-Policy); axe is injected past it, as a test tool. */
  function newPage(): Promise<Page> {
    return browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  }

  async function open(path: string): Promise<Page> {
    const page = await newPage();
    const response = await page.goto(base + path);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  async function axeViolations(page: Page) {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: axe });
    return page.evaluate(async () => {
      const result = await (
        globalThis as unknown as {
          axe: { run(options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
    });
  }

  it('shows the plan with the figures of rinde status --json, each status in words', async () => {
    const page = await open('/vigencia/2024/');
    expect(await page.getAttribute('html', 'lang')).toBe('es-CO');
    expect(await page.locator('h1').textContent()).toBe('Plan de rendición de cuentas 2024');
    const summary = await page.locator('.summary li').first().textContent();
    expect(summary).toContain(formatPercent(status.summary.average));
    expect(summary).toContain(statusLabels[status.summary.status]);
    for (const activity of status.activities) {
      const row = page.locator('tbody tr', { has: page.locator(`th a:text-is("${activity.id}")`) });
      // Without colour: the cell's text says the status.
      expect(await row.locator('.status').textContent()).toBe(statusLabels[activity.status]);
      expect(await row.textContent()).toContain(formatPercent(activity.ratio));
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'plan.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);

  it('shows an activity with its dated history, reachable by keyboard from the plan', async () => {
    const plan = await open('/vigencia/2024/');
    await plan.keyboard.press('Tab');
    expect(
      await plan.evaluate(() => (globalThis as unknown as FocusDocument).document.activeElement?.textContent),
    ).toBe('Saltar al contenido principal');
    await plan.keyboard.press('Enter');
    await plan.locator('a:text-is("1.2")').focus();
    await Promise.all([plan.waitForURL(/actividad\/1\.2\/$/), plan.keyboard.press('Enter')]);
    expect(await plan.locator('h1').textContent()).toMatch(/^Actividad 1\.2: /);
    const history = await plan.locator('table').textContent();
    expect(history).toContain('Corrección del registro');
    expect(history).toContain('30 de agosto de 2024');
    await plan.screenshot({ path: join(SCREENSHOTS, 'actividad-1.2.png'), fullPage: true });
    expect(await axeViolations(plan)).toEqual([]);
  }, 60_000);

  it('has no WCAG 2.1 AA violations on the cut-off report, the data page and the 404', async () => {
    for (const path of ['/vigencia/2024/corte/2024-08-31/', '/datos/']) {
      const page = await open(path);
      expect(await axeViolations(page), path).toEqual([]);
    }
    const missing = await newPage();
    expect((await missing.goto(`${base}/no-existe`))?.status()).toBe(404);
    expect(await axeViolations(missing)).toEqual([]);
    // The check is not blind: the same page with its grey note text on grey fails contrast (1.4.3).
    await missing.addStyleTag({ content: 'main p { color: #bbb !important; background: #eee; }' });
    expect((await axeViolations(missing)).map((v) => v.id)).toContain('color-contrast');
  }, 60_000);
});
