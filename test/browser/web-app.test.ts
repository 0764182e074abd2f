/**
 * The web app in a real browser (Debian's chromium through playwright-core): the seeds are
 * ingested into a temp SQLite, the server listens on a random loopback port, and the tests
 * walk the story page, click citation chips and discrepancies, take screenshots, watch a live
 * update arrive, and run an XSS corpus through article titles, text, outlets and URLs.
 *
 * Skips (with a message) only when /usr/bin/chromium is absent; CI installs it (.ci/run).
 * Screenshots go to $STORYLINE_SCREENSHOTS or a fresh temp folder (printed).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/index.js';
import { processArticles } from '../../src/pipeline/index.js';
import { buildServer } from '../../src/serve/http/index.js';
import { SqliteStore } from '../../src/store/index.js';
import { SEEDS_DIR } from '../seeds.js';
import { XSS_ARTICLES } from './xss-corpus.js';

const CHROMIUM = process.env.STORYLINE_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(`browser tests skipped: no chromium at ${CHROMIUM} (apt-get install chromium)`);

let browser: Browser;
let app: FastifyInstance;
let store: SqliteStore;
let base: string;
let tmp: string;
let shots: string;
let seedStory: string;
let xssStory: string;
/** Problems seen on any page: dialogs, page errors, the XSS canary firing. */
const incidents: string[] = [];

async function openPage(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('dialog', (dialog) => {
    incidents.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => incidents.push(`pageerror: ${error.message}`));
  await page.goto(`${base}${path}`);
  return page;
}

const pwned = (page: Page): Promise<unknown> =>
  page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);

describe.skipIf(!hasChromium)('web app in chromium', () => {
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'storyline-web-'));
    shots = process.env.STORYLINE_SCREENSHOTS ?? join(tmp, 'screenshots');
    console.info(`screenshots: ${shots}`);
    store = new SqliteStore(join(tmp, 'web.db'));
    const seeds = await processArticles(readInputs([SEEDS_DIR]), { store });
    seedStory = seeds.briefs[0]!.story.id;
    app = buildServer({ store, rateLimit: false, writeRateLimit: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const posted = await fetch(`${base}/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(XSS_ARTICLES),
    });
    expect(posted.status).toBe(201);
    const report = (await posted.json()) as { stories: string[] };
    xssStory = report.stories[0]!;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    if (!process.env.STORYLINE_SCREENSHOTS) rmSync(tmp, { recursive: true, force: true });
  });

  it('lists the stories and finds one by search', async () => {
    const page = await openPage('/');
    await page.waitForSelector('#stories li');
    expect(await page.locator('#stories li').count()).toBeGreaterThanOrEqual(2);
    await page.fill('#search', 'grooming');
    await page.waitForFunction(() => document.querySelectorAll('#stories li').length === 1);
    // Found by a word of its brief: the title need not contain it.
    await expect(page.locator('#stories li a').first().getAttribute('href')).resolves.toContain(
      seedStory,
    );
    await page.screenshot({ path: join(shots, '1-list.png') });
    await page.close();
  });

  it('shows every brief section of the seed story', async () => {
    const page = await openPage(`/#/story/${seedStory}`);
    await page.waitForSelector('#summary li');
    expect(await page.locator('#summary li').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#summary .chip').count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator('#quotes table.ledger tbody tr').count()).toBeGreaterThan(3);
    expect(await page.locator('#quotes .variants li').count()).toBeGreaterThan(0);
    expect(await page.locator('#timeline ol.timeline li').count()).toBeGreaterThan(0);
    // Relative dates no publish date anchors are folded, closed, after the dated events.
    const folded = page.locator('#timeline details.unanchored');
    expect(await folded.count()).toBe(1);
    expect(await folded.getAttribute('open')).toBeNull();
    expect(await folded.locator('li').count()).toBeGreaterThan(0);
    expect(await page.locator('#coverage table.matrix thead th').count()).toBe(6); // corner + 5
    expect(await page.locator('#coverage td.on').count()).toBeGreaterThan(0);
    expect(await page.locator('#discrepancies li.discrepancy').count()).toBeGreaterThan(0);
    // Corroborated facts beside single-source claims; a bare quotation names its speaker.
    expect(await page.locator('#facts ul.facts:not(.single) li').count()).toBeGreaterThan(3);
    expect(await page.locator('#facts ul.facts.single li').count()).toBeGreaterThanOrEqual(5);
    const facts = await page.locator('#facts ul.facts:not(.single) li').allTextContents();
    expect(facts.some((fact) => fact.startsWith('Wes Streeting: “If he wants'))).toBe(true);
    expect(await page.locator('#sources li').count()).toBe(5);
    await page.screenshot({ path: join(shots, '2-story.png'), fullPage: true });
    await page.close();
  });

  it('a citation chip opens the source with the cited sentence highlighted', async () => {
    const page = await openPage(`/#/story/${seedStory}`);
    await page.waitForSelector('#summary li');
    const sentence = (
      await page
        .locator('#summary li')
        .first()
        .evaluate((li) => li.firstChild?.textContent ?? '')
    ).trim();
    await page.locator('#summary li').first().locator('.chip').first().click();
    await page.waitForSelector('#article-text .s.cited');
    const cited = await page.locator('#article-text .s.cited').allTextContents();
    const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? []);
    const citedWords = wordsOf(cited.join(' '));
    const shared = [...wordsOf(sentence)].filter((word) => citedWords.has(word));
    expect(shared.length).toBeGreaterThanOrEqual(3);
    await expect(page.locator('#cite-note').textContent()).resolves.toMatch(/highlighted below/);
    await page.screenshot({ path: join(shots, '3-citation.png') });
    await page.click('#back-to-story');
    await page.waitForSelector('#summary li');
    await page.close();
  });

  it('a discrepancy opens the outlet with the differing passage highlighted', async () => {
    const page = await openPage(`/#/story/${seedStory}`);
    await page.waitForSelector('#discrepancies .variant-link');
    const variant = page.locator('#discrepancies .variant-link').first();
    const text = ((await variant.textContent()) ?? '').replace(/[“”]/g, '');
    await variant.click();
    await page.waitForSelector('#article-text .s.cited');
    const cited = (await page.locator('#article-text .s.cited').allTextContents()).join(' ');
    expect(cited).toContain(text);
    await page.screenshot({ path: join(shots, '4-discrepancy.png') });
    await page.close();
  });

  it('the article view marks passages shared with another outlet', async () => {
    const brief = (await (await fetch(`${base}/stories/${seedStory}/brief`)).json()) as {
      reuse: { articleId: string }[];
    };
    const page = await openPage(`/#/article/${brief.reuse[0]!.articleId}`);
    await page.waitForSelector('#article-text .s');
    expect(await page.locator('#article-text .s.shared').count()).toBeGreaterThan(0);
    await expect(
      page.locator('#article-text .s.shared').first().getAttribute('title'),
    ).resolves.toMatch(/shared copy/);
    await page.close();
  });

  it('updates live when new articles arrive (Server-Sent Events)', async () => {
    const page = await openPage('/');
    await page.waitForSelector('#stories li');
    await page.waitForSelector('#live.connected');
    const title = 'Harbour bridge reopens after storm repairs in Kirkwall';
    const response = await fetch(`${base}/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        title,
        source: 'Orkney Herald',
        text: 'The harbour bridge in Kirkwall reopened on Saturday after six weeks of repairs to storm damage, the council said. Ferries will resume their normal timetable on Monday.',
      }),
    });
    expect(response.status).toBe(201);
    await page.waitForSelector(`#stories li a:text("${title}")`, { timeout: 10_000 });
    await expect(page.locator('#live').textContent()).resolves.toMatch(/1 new article/);
    await page.close();
  });

  it('renders hostile titles and text as text: nothing in the XSS corpus executes', async () => {
    const visits = [
      '/',
      `/#/story/${xssStory}`,
      ...(
        (await (await fetch(`${base}/stories/${xssStory}`)).json()) as {
          articles: { id: string }[];
        }
      ).articles.map(
        (a) =>
          `/#/article/${encodeURIComponent(a.id)}?cite=${encodeURIComponent('<img src=x onerror=window.__pwned=9>')}`,
      ),
      `/#/?q=${encodeURIComponent('<script>window.__pwned=1</script>')}`,
    ];
    for (const path of visits) {
      const page = await openPage(path);
      await page.waitForLoadState('networkidle');
      await page.waitForSelector('main h1');
      // Hover and click everything an attacker could have hooked: chips, links, quotes.
      for (const link of await page.locator('main a:not([target])').all())
        await link.hover().catch(() => {});
      expect(await pwned(page), path).toBeNull();
      expect(
        await page.locator('main script, main iframe, main img, main svg, main object').count(),
        path,
      ).toBe(0);
      // No link anywhere points at script.
      const hrefs = await page
        .locator('a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs)
        expect(href.toLowerCase()).not.toMatch(/^\s*(javascript|data|vbscript):/);
      if (path.startsWith('/#/story/')) {
        // The hostile strings are shown literally.
        await expect(page.locator('h1.story-title').textContent()).resolves.toContain('<script>');
        await page.screenshot({ path: join(shots, '5-xss-story.png'), fullPage: true });
        for (const chip of await page.locator('#summary .chip').all()) {
          await chip.click();
          await page.waitForSelector('#article-text');
          expect(await pwned(page)).toBeNull();
          await page.goBack();
          await page.waitForSelector('#summary');
        }
      }
      await page.close();
    }
    expect(incidents).toEqual([]);
  });
});
