// Browser test of the dashboard, run by scripts/browser_test.sh against a real
// server on the sample corpus. Drives Debian's Chromium with playwright-core,
// checks what a person would see on each page against the JSON API, saves
// screenshots, and exits non-zero when any check fails.
import { createRequire } from 'node:module';
import path from 'node:path';
import fs from 'node:fs';

const BASE = process.env.DRAGOMAN_URL;
const SHOTS = process.env.DRAGOMAN_SCREENSHOTS || 'build/screenshots';
const DEPS = process.env.DRAGOMAN_BROWSER_DEPS || path.resolve('.deps/browser');
if (!BASE) { console.error('FAIL: DRAGOMAN_URL is not set (run scripts/browser_test.sh)'); process.exit(1); }
const require = createRequire(path.join(DEPS, 'node_modules') + '/');
const { chromium } = require('playwright-core');

const api = async (p) => {
  const r = await fetch(new URL('/api/' + p, BASE));
  if (!r.ok) throw new Error(`GET /api/${p}: HTTP ${r.status}`);
  return r.json();
};
function assert(cond, message) { if (!cond) throw new Error(message); }
function eq(got, want, what) { if (got !== want) throw new Error(`${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`); }

fs.mkdirSync(SHOTS, { recursive: true });
for (const f of fs.readdirSync(SHOTS)) if (f.startsWith('FAILED-')) fs.rmSync(path.join(SHOTS, f));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
const page = await context.newPage();
page.setDefaultTimeout(10000);
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(e.message));
page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
// The dashboard must not reach outside the server (no CDN, no tiles).
const origin = new URL(BASE).origin;
const foreign = [];
await context.route('**/*', (route) => {
  const u = route.request().url();
  if (!u.startsWith(origin) && !u.startsWith('data:')) { foreign.push(u); return route.abort(); }
  return route.continue();
});

const stats = await api('stats');
let failed = 0;
async function step(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.message.split('\n')[0]}`);
    await page.screenshot({ path: path.join(SHOTS, 'FAILED-' + name.replace(/\W+/g, '-') + '.png'), fullPage: true }).catch(() => {});
  }
}
const shot = (name, full = true) => page.screenshot({ path: path.join(SHOTS, name + '.png'), fullPage: full, timeout: 30000 });
const go = async (hash) => {
  await page.goto(new URL('/' + hash, BASE).href);
  await page.waitForFunction(() => !document.getElementById('main').hasAttribute('aria-busy') &&
    document.querySelector('#main h1'));
};

await step('overview shows the store counts', async () => {
  await go('#/');
  eq(await page.locator('#main h1').textContent(), 'Overview', 'heading');
  const cards = await page.locator('#stats .stat').allTextContents();
  assert(cards.some((t) => t.replace(/\s+/g, ' ').includes(stats.articles.toLocaleString('en') + 'articles')),
    `article count ${stats.articles} not shown in ${JSON.stringify(cards)}`);
  for (const l of stats.languages.filter((x) => x.key)) {
    assert(await page.locator(`#main a[href="#/search?lang=${l.key}"]`).count() === 1, `language ${l.key} missing from the overview`);
  }
  await shot('01-overview');
});

await step('keyboard: skip link first, then navigation', async () => {
  await go('#/');
  await page.keyboard.press('Tab');
  eq(await page.evaluate(() => document.activeElement.textContent), 'Skip to content', 'first focus');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  eq(await page.evaluate(() => document.activeElement.getAttribute('href')), '#/', 'nav reached by keyboard');
});

let firstResultTitle = null;
await step('search with highlights, escaping and "more"', async () => {
  await go('#/search');
  await page.fill('#q', 'Blinken');
  await page.press('#q', 'Enter');
  await page.waitForSelector('#results li');
  const want = await api('search?q=Blinken&limit=20');
  assert(want.results.length > 0, 'the sample corpus should have Blinken articles');
  const items = page.locator('#results > li');
  eq(await items.count(), want.results.length, 'results on the first page');
  const marks = await page.locator('#results .snippet mark').allTextContents();
  assert(marks.length > 0, 'no <mark> highlights shown');
  for (const m of marks) assert(/blinken/i.test(m), `highlight "${m}" is not the query word`);
  // Snippets hold article text: only <mark> may become an element.
  const tags = await page.$$eval('#results .snippet *', (els) => [...new Set(els.map((e) => e.tagName))]);
  eq(tags.join(','), 'MARK', 'elements inside snippets');
  for (let i = 0; i < want.results.length; i++) {
    const plain = want.results[i].snippet.replace(/<\/?mark>/g, '');
    eq((await items.nth(i).locator('.snippet').textContent()), plain, `snippet ${i} text`);
  }
  firstResultTitle = await items.first().locator('.title a').textContent();
  await shot('02-search');
  if (want.next) {
    await page.click('#more');
    await page.waitForFunction((n) => document.querySelectorAll('#results > li').length > n, want.results.length);
  }
});

await step('search facet: language', async () => {
  const lang = stats.languages.find((l) => l.key && l.key !== 'en')?.key || 'en';
  await go('#/search?q=Blinken');
  await page.waitForSelector('#results li');
  await page.selectOption('#f-lang', lang);
  await page.click('form.search button[type=submit]');
  await page.waitForFunction((l) => location.hash.includes('lang=' + l), lang);
  await page.waitForFunction(() => !document.getElementById('main').hasAttribute('aria-busy'));
  const want = await api(`search?q=Blinken&lang=${lang}&limit=20`);
  const badges = await page.locator('#results > li .meta .badge').first().count() ? await page.$$eval('#results > li', (lis) => lis.map((li) => li.querySelector('.meta .badge').textContent)) : [];
  eq(badges.length, want.results.length, `results in ${lang}`);
  for (const b of badges) eq(b, lang, 'result language badge');
  eq(await page.locator('#f-lang').inputValue(), lang, 'facet keeps its value');
});

await step('article page from a search result', async () => {
  await go('#/search?q=Blinken');
  await page.waitForSelector('#results li');
  const href = await page.locator('#results > li .title a').first().getAttribute('href');
  await page.click('#results > li .title a >> nth=0');
  await page.waitForFunction((h) => location.hash === h && document.querySelector('#main article h1'), href);
  const a = await api('articles/' + decodeURIComponent(href.split('/').pop()));
  eq(await page.locator('#main h1').textContent(), a.title || '(untitled)', 'article title');
  const paras = await page.locator('.article-text p').count();
  assert(paras > 0 || !a.text, 'article text not shown');
  await shot('03-article');
});

await step('stories list and a story page', async () => {
  const list = await api('stories');
  await go('#/stories');
  eq(await page.locator('#main h1').textContent(), 'Stories', 'heading');
  if (!list.results.length) {
    assert(await page.locator('#main .empty').count() === 1, 'empty state not shown for a store without stories');
    console.log('     (store has no stories: checked the empty state)');
    await shot('04-stories');
    return;
  }
  eq(await page.locator('#stories li.story').count(), list.results.length, 'stories listed');
  await shot('04-stories');
  const s = list.results.reduce((best, x) => (x.articles.length > best.articles.length ? x : best));
  await page.click(`#stories a[href="#/story/${encodeURIComponent(s.id)}"]`);
  await page.waitForSelector('.story-page h1');
  const full = await api('stories/' + encodeURIComponent(s.id));
  eq(await page.locator('#main h1').textContent(), full.title || 'Story ' + full.id, 'story title');
  const langs = new Set(full.articles.map((a) => a.language));
  eq(await page.locator('#story-articles > section').count(), langs.size, 'language groups');
  eq(await page.locator('#story-articles li').count(), full.articles.length, 'articles in the story');
  eq(await page.locator('.story-page .quote').count(), full.quotes.length, 'quotes in the story');
  eq(await page.locator('.story-page .timeline li').count(), full.events.length, 'timeline events');
  await shot('05-story');
});

await step('entities list and an entity page', async () => {
  const list = await api('entities');
  await go('#/entities');
  if (!list.results.length) {
    assert(await page.locator('#main .empty').count() === 1, 'empty state not shown for a store without entities');
    console.log('     (store has no entities: checked the empty state)');
    await shot('06-entities');
    return;
  }
  eq(await page.locator('#entities tbody tr').count(), list.results.length, 'entities listed');
  await shot('06-entities');
  const first = list.results[0];
  await page.click(`#entities a[href="#/entity/${encodeURIComponent(first.id)}"]`);
  await page.waitForSelector('.entity-page h1');
  const e = await api('entities/' + encodeURIComponent(first.id));
  eq(await page.locator('#main h1').textContent(), e.name, 'entity name');
  eq(await page.locator('#aliases dt').count(), Object.keys(e.aliases).length, 'alias languages');
  if (e.mentions_by_month.length) eq(await page.locator('svg.chart rect.bar').count(), e.mentions_by_month.length, 'bars in the mentions chart');
  if (e.cooccurring.length) {
    eq(await page.locator('#cograph a.node').count(), e.cooccurring.length + 1, 'nodes in the co-occurrence graph');
    // The force layout must spread nodes out: no two centres on top of each other.
    const pts = await page.$$eval('#cograph circle', (cs) => cs.map((c) => [+c.getAttribute('cx'), +c.getAttribute('cy')]));
    for (let i = 0; i < pts.length; i++) for (let j = i + 1; j < pts.length; j++)
      assert(Math.hypot(pts[i][0] - pts[j][0], pts[i][1] - pts[j][1]) > 10, 'graph nodes overlap');
  }
  await shot('07-entity');
});

await step('events table and world map', async () => {
  const ev = await api('events');
  await go('#/events');
  await page.waitForSelector('#world path', { timeout: 20000 });
  const paths = await page.locator('#world path').count();
  assert(paths > 150, `world map has only ${paths} country shapes`);
  eq(await page.locator('#event-count').textContent(), `${ev.results.length} of ${ev.results.length} events`, 'event count');
  const countries = new Set(ev.results.map((e) => e.place && e.place.country).filter(Boolean).map((c) => c.toUpperCase()));
  // Shaded countries are exactly the event places that the map has a shape for.
  const shaded = await page.$$eval('#world path.has', (p) => p.map((x) => x.dataset.cc));
  for (const c of shaded) assert(countries.has(c), `country ${c} is shaded without events`);
  for (const c of countries) {
    const n = await page.locator(`#world path[data-cc="${c}"]`).count();
    if (n) assert(await page.locator(`#world path[data-cc="${c}"].has`).count() === n, `country ${c} with events is not shaded`);
  }
  if (ev.results.length) {
    eq(await page.locator('#events tbody tr').count(), ev.results.length, 'event rows');
    await page.selectOption('#event-filters select[name=mood]', 'negated');
    await page.click('#event-filters button[type=submit]');
    await page.waitForFunction(() => location.hash.includes('mood=negated') && !document.getElementById('main').hasAttribute('aria-busy'));
    const neg = ev.results.filter((e) => e.mood === 'negated').length;
    eq(await page.locator('#event-count').textContent(), `${neg} of ${ev.results.length} events`, 'mood filter');
  } else {
    assert(await page.locator('#main .empty').count() >= 1, 'empty state not shown for a store without events');
  }
  await go('#/events');
  await page.waitForSelector('#world path');
  await shot('08-events');
});

await step('dark theme toggle', async () => {
  await go('#/');
  const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.click('#theme');
  eq(await page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'theme after toggle');
  const after = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert(before !== after, 'background did not change');
  await shot('09-overview-dark');
  await page.reload();
  await page.waitForSelector('#main h1');
  eq(await page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'theme kept after reload');
  await page.click('#theme');
});

await step('phone viewport: no sideways scrolling', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const hash of ['#/', '#/search?q=Blinken', '#/events']) {
    await go(hash);
    const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(over <= 1, `${hash} is ${over}px wider than the phone screen`);
  }
  await go('#/search?q=Blinken');
  await page.waitForSelector('#results li');
  await shot('10-phone-search', false);
  await page.setViewportSize({ width: 1280, height: 900 });
});

await step('OpenAPI description is served and lists the endpoints', async () => {
  const r = await fetch(new URL('/api/openapi.yaml', BASE));
  eq(r.status, 200, 'status of /api/openapi.yaml');
  const text = await r.text();
  assert(/^openapi: 3\.0/m.test(text), 'not an OpenAPI 3.0 document');
  const paths = [...text.matchAll(/^  (\/[^:\s]*):$/gm)].map((m) => m[1]);
  for (const p of ['/api/search', '/api/stories/{id}', '/api/entities/{id}', '/api/events', '/api/ingest', '/healthz', '/metrics'])
    assert(paths.includes(p), `${p} is not described`);
  // Every described GET without path parameters answers 200 on this server.
  for (const p of paths.filter((x) => !x.includes('{') && x !== '/api/ingest')) {
    const res = await fetch(new URL(p, BASE));
    eq(res.status, 200, 'GET ' + p);
  }
});

await step('no script errors and no requests leaving the server', async () => {
  eq(pageErrors.length, 0, 'page errors: ' + pageErrors.join(' | '));
  eq(foreign.length, 0, 'foreign requests: ' + foreign.join(' '));
});

await browser.close();
console.log(failed ? `${failed} browser check(s) failed; screenshots in ${SHOTS}` : `all browser checks passed; screenshots in ${SHOTS}`);
process.exit(failed ? 1 : 0);
