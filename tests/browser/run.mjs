// Browser tests of the page of `sitrep serve`, in Debian's chromium (headless) driven by playwright-core.
// Usage: node run.mjs --url http://127.0.0.1:PORT --export EXPORT.jsonl [--shots DIR] [--chromium /usr/bin/chromium]
// EXPORT.jsonl is `sitrep export` of the database the server reads: what the page must show.
// Prints one line per test and ends with "browser tests: N passed, N failed"; exits 1 when one failed.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const base = (args.url ?? '').replace(/\/$/, '');
if (!base || !args.export) {
  console.error('usage: node run.mjs --url URL --export EXPORT.jsonl [--shots DIR] [--chromium PATH]');
  process.exit(2);
}
const shots = args.shots ?? 'artifacts/screenshots';
mkdirSync(shots, { recursive: true });
const records = readFileSync(args.export, 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l));
const incidents = records.filter(r => r.kind === 'incident');
const placed = incidents.filter(r => r.latitude !== null && r.longitude !== null);
const fold = s => (s ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const qamishli = incidents.find(r => fold(r.location).includes('qamishli'));
const hostile = incidents.find(r => r.documents.some(d => d.startsWith('hostile')));

// ---- a very small test runner ------------------------------------------------------------------------------

const tests = [];
const test = (name, fn, viewport) => tests.push({ name, fn, viewport });

class Failure extends Error {}
function expect(condition, message) {
  if (!condition) throw new Failure(message);
}
function equal(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Failure(`${what}: expected ${e}, got ${a}`);
}

/** Polls `probe` until `accept` holds for its value; fails with the last value after `timeout` ms. */
async function until(page, probe, accept, what, timeout = 8000) {
  const end = Date.now() + timeout;
  let value;
  for (;;) {
    value = await probe();
    if (accept(value)) return value;
    if (Date.now() > end) throw new Failure(`${what}: still ${JSON.stringify(value)} after ${timeout} ms`);
    await page.waitForTimeout(100);
  }
}

const listIds = page => page.$$eval('#incident-list .incident-row', rows => rows.map(r => r.dataset.id));
/** How many incidents the map shows: single markers count 1, clusters their size. Only icons still on the map count. */
const mapCount = page => page.$$eval('#map .leaflet-marker-pane [data-count]', icons =>
  icons.filter(i => getComputedStyle(i).opacity !== '0').reduce((sum, i) => sum + Number(i.dataset.count), 0));
const settled = page => page.waitForFunction(() => !document.body.classList.contains('loading') && document.querySelector('#incident-list li'));

async function open(page, query = '') {
  await page.goto(`${base}/${query}`);
  await settled(page);
}

async function shot(page, name, options = {}) {
  await page.screenshot({ path: path.join(shots, `${name}.png`), ...options });
}

async function apiDocument(id) {
  const response = await fetch(`${base}/api/documents/${encodeURIComponent(id)}`);
  expect(response.ok, `GET /api/documents/${id} answered ${response.status}`);
  return response.json();
}

// ---- the tests ---------------------------------------------------------------------------------------------

test('the seeds\' incidents appear in the list and on the map, over the bundled country outlines', async page => {
  expect(incidents.length >= 8 && qamishli && hostile, `the export should hold the seeds and the hostile article (${incidents.length} incidents)`);
  await open(page);
  const ids = await listIds(page);
  equal([...ids].sort(), incidents.map(i => i.id).sort(), 'incident ids in the list');
  await until(page, () => mapCount(page), n => n === placed.length, 'incidents on the map');
  const outlines = await page.$$eval('#map path.country', p => p.length);
  expect(outlines > 100, `only ${outlines} country outlines drawn`);
  const status = await page.textContent('#status');
  expect(status.includes(`${incidents.length} incidents`), `status line "${status}"`);
  await page.waitForTimeout(300);
  await shot(page, 'map');
});

test('choosing the Qamishli incident shows both sources\' figures and highlights the sentence of each', async page => {
  await open(page);
  await page.click(`.incident-row[data-id="${qamishli.id}"]`);
  await page.waitForSelector('#card .article-doc .article-text');
  equal(await page.textContent('#card-title'), qamishli.summary, 'card title');
  const figures = [...qamishli.killed.reports.map(r => ({ kind: 'killed', ...r })), ...qamishli.injured.reports.map(r => ({ kind: 'injured', ...r }))];
  const rows = await page.$$eval('#card .figures tbody tr', trs => trs.map(tr => ({ document: tr.dataset.document, kind: tr.dataset.kind })));
  equal(rows, figures.map(r => ({ document: r.document, kind: r.kind })), 'rows of the figures table');
  expect(new Set(rows.map(r => r.document)).size >= 2, 'figures from both sources');
  expect(await page.isVisible('#card .disagreement'), 'the disagreement between the sources is said');
  await shot(page, 'card');
  const documents = Object.fromEntries(await Promise.all(qamishli.documents.map(async d => [d, await apiDocument(d)])));
  for (const [i, r] of figures.entries()) {
    const view = documents[r.document];
    const span = view.spans.find(s => s.record === qamishli.id && s.field === r.kind && s.start === r.start && s.end === r.end);
    expect(span, `no span for ${r.kind} ${r.quote} in ${r.document}`);
    const sentence = Array.from(view.text).slice(span.sentence_start, span.sentence_end).join('');
    expect(sentence.includes(r.quote) && sentence.length > r.quote.length, `the sentence of "${r.quote}" is "${sentence}"`);
    const key = `${r.kind}-${r.start}-${r.end}`;
    const marked = await page.evaluate(({ document: d, key: k }) => {
      const article = [...document.querySelectorAll('.article-doc')].find(a => a.dataset.document === d);
      const inSentence = [...article.querySelectorAll('mark[data-sentence]')].filter(m => m.dataset.sentence.split(' ').includes(k));
      return { sentence: inSentence.map(m => m.textContent).join(''), figure: inSentence.filter(m => m.classList.contains('hl-figure')).map(m => m.textContent).join('') };
    }, { document: r.document, key });
    equal(marked.sentence, sentence, `highlighted sentence of ${r.kind} "${r.quote}"`);
    expect(marked.figure.includes(r.quote), `the figure "${r.quote}" is marked within its sentence (marked: "${marked.figure}")`);
    await page.click(`#card .figures tbody tr:nth-child(${i + 1}) .show-sentence`);
    const focused = await page.evaluate(() => ({ id: document.activeElement?.id, inArticle: !!document.activeElement?.closest('.article-doc') }));
    expect(focused.inArticle && focused.id.endsWith(key), `"show" on the ${r.kind} row moves focus to its words (focus on ${JSON.stringify(focused)})`);
  }
  await page.waitForTimeout(400);
  await shot(page, 'card-sentence');
});

test('a filter narrows the map and the list, and the address and downloads follow it', async page => {
  await open(page);
  await until(page, () => mapCount(page), n => n === placed.length, 'incidents on the map before filtering');
  await page.selectOption('#f-country', 'YE');
  const yemen = incidents.filter(i => i.country === 'YE').map(i => i.id).sort();
  expect(yemen.length > 0 && yemen.length < incidents.length, 'the seeds have incidents in Yemen and elsewhere');
  await until(page, async () => (await listIds(page)).sort(), ids => JSON.stringify(ids) === JSON.stringify(yemen), 'list after choosing Yemen');
  await until(page, () => mapCount(page), n => n === yemen.length, 'map after choosing Yemen');
  expect(page.url().includes('country=YE'), `address ${page.url()}`);
  const csv = await page.getAttribute('a[data-export="csv"]', 'href');
  expect(csv.includes('country=YE') && csv.includes('format=csv'), `CSV download ${csv}`);
  await page.fill('#f-min', '45');
  await page.selectOption('#f-country', '');
  const big = incidents.filter(i => (i.killed.best ?? 0) >= 45).map(i => i.id).sort();
  await until(page, async () => (await listIds(page)).sort(), ids => JSON.stringify(ids) === JSON.stringify(big), 'list with at least 45 killed');
  await until(page, () => mapCount(page), n => n === big.length, 'map with at least 45 killed');
});

test('brushing the timeline filters the map and the list to the chosen days', async page => {
  await open(page);
  const bar = async day => {
    const label = new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    const boxes = await page.$$eval('#timeline rect.bar.incidents', (rects, l) => rects.filter(r => r.textContent.startsWith(l)).map(r => {
      const b = r.getBoundingClientRect();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    }), label);
    expect(boxes.length === 1, `one timeline bar for ${label}, found ${boxes.length}`);
    return boxes[0];
  };
  const july = await bar(qamishli.date);
  await page.mouse.move(july.x + july.width / 2, july.y + july.height / 2);
  await page.mouse.down();
  await page.mouse.up();
  const sameDay = incidents.filter(i => i.date === qamishli.date).map(i => i.id).sort();
  await until(page, async () => (await listIds(page)).sort(), ids => JSON.stringify(ids) === JSON.stringify(sameDay), 'list after clicking one day');
  await until(page, () => mapCount(page), n => n === sameDay.length, 'map after clicking one day');
  equal(await page.inputValue('#f-from'), qamishli.date, 'From after clicking a day');

  const first = incidents.map(i => i.date).filter(Boolean).sort()[0];
  const start = await bar(first);
  await page.mouse.move(start.x + 1, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move((start.x + july.x) / 2, july.y, { steps: 4 });
  await page.mouse.move(july.x + july.width - 1, july.y + july.height / 2, { steps: 4 });
  await page.mouse.up();
  const between = incidents.filter(i => i.date >= first && i.date <= qamishli.date).map(i => i.id).sort();
  await until(page, async () => (await listIds(page)).sort(), ids => JSON.stringify(ids) === JSON.stringify(between), 'list after dragging across days');
  await until(page, () => mapCount(page), n => n === between.length, 'map after dragging across days');
  await shot(page, 'timeline-brushed');

  await page.click('.timeline-clear');
  await until(page, async () => (await listIds(page)).length, n => n === incidents.length, 'list after clearing the period');
});

test('an article holding <script> and <img onerror> is shown as text and runs nothing', async page => {
  await open(page, `?incident=${encodeURIComponent(hostile.id)}`);
  await page.waitForSelector('#card .article-doc .article-text');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const seen = await page.evaluate(() => ({
    ran: window.__sitrepXss ?? null,
    title: document.title,
    elements: document.querySelectorAll('#card script, #card img, #card svg, #card iframe, #incident-list img, #incident-list script').length,
    scriptLinks: [...document.querySelectorAll('a')].filter(a => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
    text: document.querySelector('#card .article-text').textContent,
    heading: document.querySelector('#card .article-doc h4').textContent,
    meta: document.querySelector('#card .article-meta').textContent,
  }));
  equal(seen.ran, null, 'what the hostile article ran');
  equal(seen.title, 'Sitrep · incidents', 'document title');
  equal(seen.elements, 0, 'script, img, svg or iframe elements in the card and list');
  equal(seen.scriptLinks, 0, 'javascript: links');
  for (const literal of ['<script>window.__sitrepXss', '<img src=x onerror="window.__sitrepXss', '<svg onload=', '&lt;b&gt;escaped&lt;/b&gt;']) {
    expect(seen.text.includes(literal), `the article shows ${literal} as text`);
  }
  expect(seen.heading.includes('<img src=x onerror=') && seen.heading.includes('<script>alert(1)</script>'), `title shown as text: ${seen.heading}`);
  expect(seen.meta.includes('<i>Test Wire</i>'), `outlet shown as text: ${seen.meta}`);
  await page.locator('#card .article-doc').scrollIntoViewIfNeeded();
  await shot(page, 'hostile-article');
});

test('keyboard: Enter opens an incident, the card takes focus, Escape goes back to the same row', async page => {
  await open(page);
  await page.focus(`.incident-row[data-id="${qamishli.id}"]`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#card .article-text');
  equal(await page.evaluate(() => document.activeElement?.id), 'card-title', 'focus after opening');
  await page.keyboard.press('Escape');
  await until(page, () => page.evaluate(() => document.activeElement?.dataset?.id ?? null), id => id === qamishli.id, 'focus after Escape');
  expect(await page.isHidden('#card'), 'the card is closed');
  const markers = await page.$$eval('#map .leaflet-marker-icon', icons => icons.map(i => ({ tab: i.getAttribute('tabindex'), label: i.getAttribute('aria-label') })));
  expect(markers.length > 0 && markers.every(m => m.tab === '0' && m.label), `map markers are focusable and named: ${JSON.stringify(markers)}`);
  await page.focus('#timeline svg');
  await page.keyboard.press('End');
  await until(page, () => page.inputValue('#f-to'), v => v !== '', 'a period chosen with the keyboard on the timeline');
});

test('a bad period in the address is explained, not hidden', async page => {
  await page.goto(`${base}/?from=2016-09-01&to=2016-01-01`);
  await page.waitForSelector('#message:not([hidden])');
  const text = await page.textContent('#message');
  expect(text.includes("'to'") && text.includes("'from'"), `message "${text}"`);
});

test('on a phone the page fits the screen and the card is readable', async page => {
  await open(page);
  await until(page, () => mapCount(page), n => n === placed.length, 'incidents on the phone map');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow <= 0, `the page is ${overflow}px wider than the phone`);
  await shot(page, 'phone-map');
  await page.click(`.incident-row[data-id="${qamishli.id}"]`);
  await page.waitForSelector('#card .article-text');
  const cardOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(cardOverflow <= 0, `with the card open the page is ${cardOverflow}px wider than the phone`);
  await page.locator('#card-title').scrollIntoViewIfNeeded();
  await shot(page, 'phone-card');
}, { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

// ---- run ---------------------------------------------------------------------------------------------------

const browser = await chromium.launch({
  executablePath: args.chromium ?? process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--lang=en-GB'],
});
const origin = new URL(base).origin;
let passed = 0;
let failed = 0;
for (const t of tests) {
  const { width = 1440, height = 900, ...device } = t.viewport ?? {};
  const context = await browser.newContext({ viewport: { width, height }, locale: 'en-GB', ...device });
  const problems = [];
  // No internet: anything but the server itself is refused and reported.
  await context.route('**/*', route => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    problems.push(`request to ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  page.on('pageerror', e => problems.push(`page error: ${e.message}`));
  page.on('dialog', d => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  page.on('console', m => {
    // 400 answers of the bad-period test are expected; anything else logged as an error is a problem.
    if (m.type() === 'error' && !/status of 400/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  const started = Date.now();
  try {
    await t.fn(page);
    expect(problems.length === 0, `the page reported: ${problems.join(' | ')}`);
    passed++;
    console.log(`ok   ${t.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${t.name}\n     ${e instanceof Failure ? e.message : e.stack}`);
    if (problems.length) console.log(`     page: ${problems.join(' | ')}`);
    await page.screenshot({ path: path.join(shots, `failed-${tests.indexOf(t) + 1}.png`) }).catch(() => {});
  } finally {
    await context.close();
  }
}
await browser.close();
console.log(`browser tests: ${passed} passed, ${failed} failed (screenshots in ${shots})`);
process.exit(failed ? 1 : 0);
