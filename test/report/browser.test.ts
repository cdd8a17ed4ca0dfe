// The reports of the five fixtures (and of a hostile article) opened in headless Chromium:
// every highlighted span holds exactly the text the result says, the two views read back as the
// raw input and the cleaned text, no script from article text runs, layers switch off, the
// keyboard reaches the highlights. Screenshots go to test/artifacts/report/ for a reviewer.
// Needs Debian's chromium (.ci/run installs it); skipped locally without it, never in CI.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { normalizeArticle, type Article } from '../../src/index.js';
import { renderReport } from '../../src/report/index.js';
import { ARTICLES } from '../support/articles.js';
import { loadFixtures } from '../support/fixtures.js';

// functions passed to page.evaluate run in the browser; the project compiles without the DOM lib
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const window: any;
declare const document: any;
declare function getComputedStyle(element: any, pseudo?: string): any;
type Element = any;
type HTMLElement = any;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI)
  throw new Error(`CI must run the browser test: ${CHROMIUM} is missing (.ci/run installs Debian's chromium)`);
const artifacts = new URL('../artifacts/report/', import.meta.url);

// text of every highlight group of a layer in a view, keyed by data-i (parts of a group joined)
async function groups(page: Page, view: string, layer: string, inner = ''): Promise<Record<string, string>> {
  return page.$$eval(`[data-view="${view}"] [data-layer="${layer}"]${inner}`, (elements) => {
    const out: Record<string, string> = {};
    for (const el of elements) {
      const copy = el.cloneNode(true) as Element;
      for (const x of copy.querySelectorAll('.sr-only')) x.remove();
      const key = (el.closest('[data-i]') as HTMLElement).dataset.i!;
      out[key] = (out[key] ?? '') + copy.textContent;
    }
    return out;
  });
}

async function viewText(page: Page, view: string, drop: string): Promise<string> {
  return page.$eval(
    `[data-view="${view}"]`,
    (el, selector) => {
      const copy = el.cloneNode(true) as Element;
      for (const x of copy.querySelectorAll(selector)) x.remove();
      return copy.textContent ?? '';
    },
    drop,
  );
}

describe.skipIf(!available)('reports in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    mkdirSync(artifacts, { recursive: true });
  }, 60_000);
  afterAll(async () => browser?.close());

  async function open(name: string, article: Article, raw: string): Promise<{ page: Page; ran: string[] }> {
    const file = new URL(`${name}.html`, artifacts);
    writeFileSync(file, renderReport(article, raw, { title: name }));
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const ran: string[] = [];
    page.on('dialog', (d) => {
      ran.push(`dialog ${d.message()}`);
      void d.dismiss();
    });
    page.on('console', (m) => ran.push(`console ${m.text()}`));
    await page.goto(file.href);
    return { page, ran };
  }

  it.each(loadFixtures().map((f) => [f.name, f] as const))(
    '%s: every span in place',
    async (name, fixture) => {
      const article = normalizeArticle(fixture.raw, { publishedAt: fixture.publishedAt });
      const { page } = await open(name.replace(/\.txt$/, ''), article, fixture.raw);
      try {
        const expectGroups = (found: Record<string, string>, expected: Array<[string, string]>) =>
          expect(found).toEqual(Object.fromEntries(expected));
        expectGroups(
          await groups(page, 'cleaned', 'date'),
          article.dates.map((d, i) => [String(i), d.text]),
        );
        expectGroups(
          await groups(page, 'cleaned', 'quote'),
          article.quotes.map((q, i) => [String(i), q.text]),
        );
        expectGroups(
          await groups(page, 'cleaned', 'entity'),
          article.entities.flatMap((e, i) => e.mentions.map((m, k) => [`${i}.${k}`, m.text] as [string, string])),
        );
        expectGroups(
          await groups(page, 'cleaned', 'flag'),
          article.flags.map((f, i) => [String(i), f.text]),
        );
        // raw view: a removal's text, or the "before" of a repair
        const edits = {
          ...(await groups(page, 'raw', 'edit', ':is(del, .whitespace)')),
          ...(await groups(page, 'raw', 'edit', ' > del')),
        };
        expectGroups(
          edits,
          article.edits.map((e, i) => [String(i), e.before]),
        );
        // the views read back as the texts themselves
        expect(await viewText(page, 'cleaned', '.sr-only')).toBe(article.text);
        expect(await viewText(page, 'raw', '.sr-only, ins, .arrow')).toBe(fixture.raw);
        await page.screenshot({
          path: new URL(`${name.replace(/\.txt$/, '')}.png`, artifacts).pathname,
          fullPage: true,
        });
      } finally {
        await page.close();
      }
    },
    60_000,
  );

  it('runs no script from article text, even on hover and focus', async () => {
    const raw = ARTICLES.hostile;
    const { page, ran } = await open('hostile', normalizeArticle(raw, { publishedAt: '2022-03-01' }), raw);
    try {
      for (const el of await page.$$('[tabindex]')) {
        await el.hover();
        await el.focus();
      }
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.$$eval('script, img, iframe, [onerror], [onmouseover], [onload]', (x) => x.length)).toBe(0);
      expect(ran).toEqual([]);
      expect(await viewText(page, 'raw', '.sr-only, ins, .arrow')).toBe(raw); // shown as text
      await page.screenshot({ path: new URL('hostile.png', artifacts).pathname, fullPage: true });
    } finally {
      await page.close();
    }
  }, 60_000);

  it('switches layers off with the filters, and the keyboard reaches the highlights', async () => {
    const raw = ARTICLES.summit;
    const { page } = await open('filters', normalizeArticle(raw, { publishedAt: '2022-03-01' }), raw);
    try {
      const removed = '[data-view="raw"] del.removed';
      expect(await page.$eval(removed, (el) => getComputedStyle(el).display)).not.toBe('none');
      await page.getByRole('checkbox', { name: 'Removed' }).uncheck();
      expect(await page.$eval(removed, (el) => getComputedStyle(el).display)).toBe('none');
      const date = '[data-layer="date"]';
      expect(await page.$eval(date, (el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
      await page.getByRole('checkbox', { name: 'Dates' }).uncheck();
      expect(await page.$eval(date, (el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
      // from the filters, Tab reaches the highlights; the focused one shows its tip
      let tip: { tip?: string; after: string } = { after: '' };
      for (let i = 0; i < 12 && !tip.tip; i++) {
        await page.keyboard.press('Tab');
        tip = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return { tip: el.dataset.tip, after: getComputedStyle(el, '::after').content };
        });
      }
      expect(tip.tip).toBeTruthy();
      expect(tip.after).toContain(tip.tip!.split('\n')[0]);
    } finally {
      await page.close();
    }
  }, 60_000);
});
