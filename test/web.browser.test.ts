/**
 * The web UI in a real browser: Debian's Chromium (never a downloaded one) driven by
 * playwright-core against `buildServer` on a free localhost port with a temporary SQLite store.
 * Ingests the seed through the UI, checks the article view's layers and links, the timeline's date
 * order, keyboard navigation, axe-core accessibility checks, and that the CSP blocks nothing the
 * UI needs. Screenshots go to artifacts/. Fails (does not skip) when Chromium is missing and CI=true.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildServer } from '../src/api/server.js';
import { defaultWebDir } from '../src/api/web.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/types.js';
import { projectRoot } from '../src/util/datasets.js';
import { SEED } from './helpers.js';

const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = join(projectRoot(), 'artifacts');
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const haveChromium = existsSync(CHROMIUM);
const skip = !haveChromium && process.env.CI !== 'true' ? `no Chromium at ${CHROMIUM} (apt-get install -y chromium)` : false;

let dir = '';
let store: Store;
let app: FastifyInstance;
let base = '';
let context: BrowserContext;
let page: Page;
const cspViolations: string[] = [];

before(async () => {
  if (skip) return;
  assert.ok(haveChromium, `Chromium is missing at ${CHROMIUM}: install it (apt-get install -y chromium); the browser tests do not download browsers`);
  assert.ok(existsSync(join(defaultWebDir(), 'index.html')), 'the web UI is not built: run npm run build');
  dir = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
  store = await openStore(join(dir, 'sitrep.db'));
  app = await buildServer({ store, host: '127.0.0.1' });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1360, height: 900 } });
  page = context.pages()[0] ?? await context.newPage();
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text()); });
  mkdirSync(ARTIFACTS, { recursive: true });
});

after(async () => {
  await context?.close();
  await app?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `web-${name}.png`), fullPage: true });

/** axe-core over the page: no serious or critical violation (labels, names, keyboard access, contrast). */
async function axe(label: string): Promise<void> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const res = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } })
      .axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  const bad = res.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad, [], `${label}: axe violations ${JSON.stringify(res)}`);
}

test('ingest the seed through the UI and read the article view', { skip }, async () => {
  await page.goto(`${base}/`);
  await page.getByText('Add articles').click();
  await page.getByLabel(/Article text/).fill(readFileSync(SEED, 'utf8'));
  await shot('ingest');
  await page.getByRole('button', { name: 'Ingest' }).click();
  await page.waitForURL(/#\/doc\/[0-9a-f]{16}/, { timeout: 60_000 });
  await page.locator('.article-text').waitFor();
  await shot('article');

  // Keir Starmer: shown, and a link to an actor page
  const starmer = page.locator('.article-text a', { hasText: 'Keir Starmer' }).first();
  await starmer.waitFor();
  assert.match(await starmer.getAttribute('href') ?? '', /^#\/actor\//);

  // the anonymous Ministry of Defence quote: highlighted as anonymous in the text and in the quotes list, linked to its details
  const anonText = page.locator('.article-text a.anon', { hasText: 'defense cooperation' });
  assert.ok(await anonText.count() > 0, 'the anonymous quote is marked in the text');
  const anonRow = page.locator('.anon-row', { hasText: 'British Ministry of Defense' });
  await anonRow.locator('.badge-anon').waitFor();
  await anonRow.locator('a').first().click();
  await page.locator('.details', { hasText: 'anonymous' }).waitFor();
  assert.match(await page.locator('.details').innerText(), /Negotiations on defense cooperation/);
  await shot('article-quote');

  // 2024-11-11: the visit's normalized date, shown and linked to its time's details
  const day = page.locator('li', { has: page.locator('time', { hasText: '2024-11-11' }) }).first();
  await day.waitFor({ timeout: 5_000 });
  assert.ok(await day.locator('a').count() > 0, '2024-11-11 is linked');

  // keyboard: Tab reaches the skip link first, then the navigation; a mark opens its details with Enter
  await page.reload();
  await page.locator('.article-text').waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
  const firstMark = page.locator('.article-text a.mk').first();
  await firstMark.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.includes('sel=') || location.hash.includes('#/actor/'));
  await axe('article view');
});

test('the search page finds the article and offers facets', { skip }, async () => {
  await page.goto(`${base}/#/?q=troops`);
  await page.locator('.result-list li').first().waitFor();
  assert.match(await page.locator('.snippet mark').first().innerText(), /troops/i);
  assert.ok(await page.locator('.facet').count() > 0, 'facets are shown');
  await shot('search');
  await axe('search page');
});

test('the timeline shows events in date order', { skip }, async () => {
  await page.goto(`${base}/#/timeline`);
  await page.locator('.tl-day').first().waitFor();
  const days = await page.locator('.tl-day').evaluateAll((els) => els.map((e) => e.getAttribute('data-day') ?? ''));
  assert.ok(days.length >= 1 && (await page.locator('.tl-event').count()) >= 3, 'events are listed');
  assert.deepEqual(days, [...days].sort(), 'days ascend');
  await shot('timeline');
  await axe('timeline');
});

test("stories: the list, a story timeline in date order, and the article view's link to its story", { skip }, async () => {
  await page.goto(`${base}/#/stories`);
  const row = page.locator('.story-row').first();
  await row.waitFor({ timeout: 30_000 });
  await shot('stories');
  await axe('stories');
  await row.locator('h2 a').click();
  await page.locator('#story-title').waitFor();
  const dates = await page.locator('.story-timeline .story-event').evaluateAll((els) => els.map((e) => e.getAttribute('data-date') ?? '').filter(Boolean));
  assert.ok(dates.length >= 1, 'the story timeline lists dated events');
  assert.deepEqual(dates, [...dates].sort(), 'story events ascend by date of occurrence');
  assert.ok(await page.locator('.story-docs a').count() >= 1, 'the story lists its documents');
  await shot('story');
  await axe('story');
  await page.locator('.story-docs a').first().click();
  await page.locator('.article-text').waitFor();
  await page.locator('.story-link a').waitFor();
  assert.match(await page.locator('.story-link a').getAttribute('href') ?? '', /^#\/story\//);
});

test('actor page, map and graph render under the CSP', { skip }, async () => {
  await page.goto(`${base}/#/`);
  await page.goto(`${base}/#/map?scope=all`);
  await page.locator('svg.map path.land').first().waitFor();
  await page.locator('svg.map circle.dot').first().waitFor();
  await shot('map');
  await axe('map');
  await page.goto(`${base}/#/graph`);
  await page.locator('.graph canvas').first().waitFor({ timeout: 15_000 });
  await shot('graph');
  await page.goto(`${base}/#/actor/France`);
  await page.locator('#actor-title').waitFor();
  await shot('actor');
  await axe('actor page');
  assert.deepEqual(cspViolations, [], 'the UI needs nothing the Content-Security-Policy forbids');
});
