// The browser measurements: what a first visit loads, boot time, ready to type on a
// first visit (slow 4G) and a repeat visit, responsiveness with a plan, and how long saves
// take. Headless system Chromium through playwright-core, CPU slowed down 4× (and the
// network, where said) through the DevTools protocol.

import { probe } from './probe.mjs';
import { TRACE_CATEGORIES, TRACE_MARK, splitSample } from './trace.mjs';
import { CPU_THROTTLE, SLOW_4G, median, seedScript, sleep, summary, throttledPage } from './lib.mjs';

const PLAN_KEY = 'rebound.plan';
const PREVIOUS_KEY = 'rebound.plan.previous';

/** Waits (polling gently, so the page is left alone) until `fn` in the page is truthy. */
async function until(page, fn, arg, { timeout = 30_000, what = 'a condition' } = {}) {
  const start = Date.now();
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(50);
  }
}

/** Waits until the app is up: its h1 exists and the static boot screen is gone. */
async function appUp(page) {
  await until(page, () => window.__bench?.boot?.frame != null, undefined, { what: 'the app to start' });
}

/**
 * Waits until a text field can be typed into (probe.mjs: `ready`) and the app has taken
 * over with its own (`takeover`), each with its frame done.
 */
async function readyUp(page, timeout = 60_000) {
  await until(page, () => window.__bench?.ready?.frame != null, undefined, { timeout, what: 'a text field to type into' });
  await until(page, () => window.__bench?.takeover?.frame != null, undefined, { timeout, what: 'the app to take over' });
}

/** Waits for the next save of the plan that starts at or after storage log entry `from`. */
async function saveAfter(page, from) {
  await until(
    page,
    ({ from: i, key }) => {
      const log = window.__bench.storage.slice(i);
      const set = log.findIndex((e) => e.op === 'set' && e.key === key);
      return set >= 0 && log.slice(set + 1).some((e) => e.op === 'get' && e.key === key);
    },
    { from, key: PLAN_KEY },
    { timeout: 20_000, what: 'the plan to be saved' },
  );
  await sleep(150);
}

const logLength = (page) => page.evaluate(() => window.__bench.storage.length);

/**
 * Times one interaction: arms the probe for the first of `types`, runs `act`, and returns
 * { processing, frame, start } in ms (see probe.mjs). With `trace` ({ browser }), the
 * sample is traced and also carries `split`: where its time went (trace.mjs). Tracing
 * slows the page down, so traced samples only ever explain, never time, a budget.
 */
async function timed(page, types, untilCondition, act, trace = null) {
  await page.evaluate(([t, u]) => window.__bench.arm(t, u), [types, untilCondition]);
  if (!trace) {
    await act();
    return page.evaluate(() => window.__bench.pending);
  }
  await trace.browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const markAt = await page.evaluate((name) => performance.mark(name).startTime, TRACE_MARK);
  await act();
  const sample = await page.evaluate(() => window.__bench.pending);
  await sleep(50); // the frame's last events reach the trace
  const recording = JSON.parse((await trace.browser.stopTracing()).toString('utf8'));
  return { ...sample, split: splitSample(recording, markAt, sample) };
}

/**
 * The saves in a storage log: one entry per write of the plan record. A save is the run
 * of reads of the stored record just before the write (the app checks for another tab's
 * save, then that the stored text is what it last saw), the write, and the read-back.
 */
export function savesIn(log) {
  const saves = [];
  const isGet = (e) => e.op === 'get' && e.key === PLAN_KEY;
  log.forEach((entry, i) => {
    if (entry.op !== 'set' || entry.key !== PLAN_KEY) return;
    let b = i - 1;
    while (b >= 0 && !isGet(log[b])) b--;
    const after = log.slice(i + 1).find(isGet);
    if (b < 0 || !after) return;
    const last = log[b];
    // Earlier reads of the same save: back-to-back gets (within 100 ms of each other).
    let first = b;
    while (first > 0 && isGet(log[first - 1]) && log[first].t0 - log[first - 1].t1 < 100) first--;
    saves.push({
      // From the save's first read of the stored record to the read-back of the new one.
      total: after.t1 - log[first].t0,
      // From the last read before the write to the write: compare the stored text with
      // the last one seen (on the first save, also parse it and keep it aside), copy the
      // plan, serialize it, hand the text to JS.
      serialize: entry.t0 - last.t1,
      setItem: entry.t1 - entry.t0,
      readBack: after.t1 - after.t0,
      reads: b - first + 1,
      first: log.slice(b + 1, i).some((e) => e.op === 'set' && e.key === PREVIOUS_KEY),
      bytes: entry.len,
    });
  });
  return saves;
}

/**
 * Every file a first visit to `url` transfers, by the page and by the service worker
 * (which precaches the build on first visit; `serviceWorker: false` for a page that has
 * none), waiting until the network is quiet.
 * Returns [{ path, by: Set('page'|'worker'|'worker (HTTP cache)'), count }] with paths
 * relative to `url`; `count` is how many times it came over the network. A request the
 * HTTP cache answered (the worker's precache takes content-hashed files from there)
 * downloads nothing: Playwright still reports it, with no bytes transferred, and it is
 * listed as 'worker (HTTP cache)' without counting.
 */
export async function firstVisitFiles(browser, url, { serviceWorker = true } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = new Map();
  let last = Date.now();
  context.on('requestfinished', async (request) => {
    last = Date.now();
    const u = new URL(request.url());
    if (!u.href.startsWith(new URL(url).origin)) return;
    const response = await request.response().catch(() => null);
    if (!response || response.status() !== 200) return;
    let rel = u.pathname.slice(new URL(url).pathname.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    // Bytes over the network, headers included (Chromium's encodedDataLength): 0 when the
    // HTTP cache answered.
    const sizes = await request.sizes().catch(() => null);
    const fromHttpCache = sizes !== null && sizes.responseHeadersSize + sizes.responseBodySize <= 0;
    const by = request.serviceWorker() ? 'worker' : 'page';
    const entry = files.get(rel) ?? { path: rel, by: new Set(), count: 0 };
    entry.by.add(fromHttpCache ? `${by} (HTTP cache)` : by);
    if (!fromHttpCache) entry.count += 1;
    files.set(rel, entry);
  });
  await page.addInitScript(probe);
  await page.goto(url);
  await appUp(page);
  // A service worker installs and precaches after the load: give it time to finish
  // (a page without one, the floor, would only make this wait its 10 s out).
  if (serviceWorker) {
    await page
      .evaluate(() =>
        'serviceWorker' in navigator
          ? Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((r) => setTimeout(() => r(false), 10_000))])
          : false,
      )
      .catch(() => false);
  }
  while (Date.now() - last < 1500) await sleep(250);
  await context.close();
  return [...files.values()];
}

/** Boot: navigation start -> the app's h1 exists (boot screen gone) and its frame is done. */
export async function bootTimes(browser, url, { runs, seedRecord, throttle = CPU_THROTTLE } = {}) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const initScripts = seedRecord ? [seedScript(PLAN_KEY, seedRecord), probe] : [probe];
    const { context, page, errors } = await throttledPage(browser, { initScripts, throttle });
    await page.goto(url, { waitUntil: 'commit' });
    await appUp(page);
    await sleep(300); // the frame's paint reaches the LCP observer a little later
    const { boot, fcp, lcp, storage } = await page.evaluate(() => window.__bench);
    if (seedRecord && !storage.some((e) => e.op === 'get' && e.key === PLAN_KEY && e.len > 0)) {
      throw new Error('boot: the seeded plan was not read by the app');
    }
    samples.push({ dom: boot.dom, frame: boot.frame, fcp, lcp });
    if (errors.length) console.warn(`bench: boot run ${i + 1}: page errors: ${errors.join(' | ')}`);
    await context.close();
  }
  return {
    runs,
    dom: summary(samples.map((s) => s.dom)),
    frame: summary(samples.map((s) => s.frame)),
    fcp: summary(samples.map((s) => s.fcp).filter((v) => v != null)),
    lcp: summary(samples.map((s) => s.lcp?.time).filter((v) => v != null)),
    lcpElement: samples.at(-1).lcp?.element ?? null,
  };
}

/**
 * Ready to type on a first visit, really throttled: for each of `targets` ({ name: url }),
 * `runs` loads in a fresh context (empty caches, no service worker), the CPU slowed down
 * `throttle` times and the network to `network` (slow 4G), from navigation start to the
 * end of the first frame in which the app's first text field exists, enabled, with the
 * static boot screen gone (probe.mjs). The targets take turns, run by run, so a busy
 * moment of the machine falls on both sides of a ratio. Each load's bytes over the
 * network (DevTools' encodedDataLength, headers included) and the wasm's content-encoding
 * are kept as a check that the compression asked for is what was served.
 * Returns { [name]: { runs, ready, dom, fcp, bytes, wasmEncoding, errors } }.
 */
export async function firstVisitReady(browser, targets, { runs, network = SLOW_4G, throttle = CPU_THROTTLE }) {
  const samples = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, url] of Object.entries(targets)) {
      const { context, page, errors, cdp } = await throttledPage(browser, { initScripts: [probe], throttle, network });
      let bytes = 0;
      let wasmEncoding = null;
      cdp.on('Network.loadingFinished', (e) => {
        bytes += e.encodedDataLength;
      });
      cdp.on('Network.responseReceived', ({ response }) => {
        if (response.url.endsWith('.wasm')) {
          const header = Object.entries(response.headers).find(([k]) => k.toLowerCase() === 'content-encoding');
          wasmEncoding = header?.[1] ?? 'none';
        }
      });
      await page.goto(url, { waitUntil: 'commit' });
      await readyUp(page);
      const { ready, takeover, fcp } = await page.evaluate(() => window.__bench);
      samples[name].push({ ready: ready.frame, takeover: takeover.frame, dom: ready.dom, fcp, bytes, wasmEncoding, errors });
      await context.close();
    }
  }
  return readySummaries(samples, (list) => ({
    fcp: summary(list.map((s) => s.fcp).filter((v) => v != null)),
    bytes: median(list.map((s) => s.bytes)),
    wasmEncoding: [...new Set(list.map((s) => s.wasmEncoding))].join(', '),
  }));
}

/**
 * For each target's samples ({ ready, takeover, dom, errors, … }): the number of runs, the
 * summaries of the three timings, the distinct errors, and what `more(list)` adds.
 */
function readySummaries(samples, more) {
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      {
        runs: list.length,
        ready: summary(list.map((s) => s.ready)),
        takeover: summary(list.map((s) => s.takeover)),
        dom: summary(list.map((s) => s.dom)),
        ...more(list),
        errors: [...new Set(list.flatMap((s) => s.errors))],
      },
    ]),
  );
}

/**
 * Ready to type on a repeat visit, the CPU slowed down `throttle` times, no network
 * throttling: for each of `targets` ({ name: { url, serviceWorker } }), `runs` times in
 * a fresh context: load the page once and wait until it is ready; with `serviceWorker`,
 * wait until the worker controls the page (reloading once if it does not claim it), so
 * the timed load is answered by it; then time a reload, navigation start to ready to
 * type (as firstVisitReady). Without a worker the reload finds a warm HTTP cache (which
 * serve.mjs's `no-cache` makes it revalidate over the unthrottled loopback). The targets
 * take turns, run by run. Returns { [name]: { runs, ready, dom, viaWorker, errors } };
 * viaWorker counts the timed loads the worker answered.
 */
export async function repeatVisitReady(browser, targets, { runs, throttle = CPU_THROTTLE }) {
  const samples = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
  const controlled = (page) => page.evaluate(() => navigator.serviceWorker?.controller != null);
  for (let i = 0; i < runs; i++) {
    for (const [name, { url, serviceWorker }] of Object.entries(targets)) {
      const { context, page, errors } = await throttledPage(browser, { initScripts: [probe], throttle });
      await page.goto(url, { waitUntil: 'commit' });
      await readyUp(page);
      if (serviceWorker) {
        // The worker installs and precaches after the app is up; it may not claim the page.
        await page.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 20_000))]));
        for (let wait = 0; wait < 40 && !(await controlled(page)); wait++) await sleep(250);
        if (!(await controlled(page))) {
          await page.reload({ waitUntil: 'commit' });
          await readyUp(page);
        }
        if (!(await controlled(page))) throw new Error(`repeat visit (${name}): the service worker never controlled the page`);
      }
      await sleep(1000); // let the first load's work (precaching, compiling) settle
      await page.reload({ waitUntil: 'commit' });
      await readyUp(page);
      const { ready, takeover } = await page.evaluate(() => window.__bench);
      const viaWorker = await controlled(page);
      samples[name].push({ ready: ready.frame, takeover: takeover.frame, dom: ready.dom, viaWorker, errors });
      await context.close();
    }
  }
  return readySummaries(samples, (list) => ({ viaWorker: list.filter((s) => s.viaWorker).length }));
}

/**
 * The control labelled exactly `text`. Found with one pass over the page's labels: on a
 * page with 300+ labelled controls, Playwright's getByLabel costs the page hundreds of
 * milliseconds per call (not timed, but it slows the bench down).
 */
async function byLabel(page, text) {
  const id = await page.evaluate((t) => {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === t);
    return label?.htmlFor || null;
  }, text);
  return id ? page.locator(`[id="${id}"]`) : page.getByLabel(text, { exact: true });
}

/** The first of `locators` that exists (a cheap CSS one first, a role query as fallback). */
async function firstOf(...locators) {
  for (const locator of locators) if ((await locator.count()) > 0) return locator.first();
  return locators.at(-1);
}

/** A gap card's status select, by the skill's name. */
const statusSelect = (page, skill) => byLabel(page, `Status of ${skill}`);
const NEXT_STATUS = { not_started: 'In progress', in_progress: 'Done', done: 'Not started' };
const SLUG_OF = { 'Not started': 'not_started', 'In progress': 'in_progress', Done: 'done' };

async function go(page, hash) {
  const before = await page.evaluate(() => document.querySelector('main h1')?.textContent ?? '');
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await until(page, (b) => (document.querySelector('main h1')?.textContent ?? '') !== b, before, {
    what: `the screen ${hash}`,
  });
  await sleep(300);
}

/**
 * Status changes of `skills` (cycling each through the statuses), with a save after each.
 * `pair(kind)`, if given, runs after each sample once the page is quiet (responsiveness).
 */
async function statusChanges(page, gaps, count, pair, trace) {
  const samples = [];
  for (let i = 0; i < count; i++) {
    const gap = gaps[(i * 37) % gaps.length];
    const label = NEXT_STATUS[gap.status];
    const from = await logLength(page);
    samples.push(
      await timed(page, ['input', 'change'], ['none'], async () => (await statusSelect(page, gap.skill)).selectOption({ label }), trace),
    );
    gap.status = SLUG_OF[label];
    await saveAfter(page, from);
    await pair?.('clicks');
  }
  return samples;
}

/** Keystrokes into the field labelled `label`, one at a time, about 8 a second (`pair` as above). */
async function typing(page, label, text, pair, trace) {
  const field = await byLabel(page, label);
  await field.click();
  await sleep(200);
  const samples = [];
  for (const ch of text) {
    samples.push(await timed(page, ['keydown'], ['none'], () => page.keyboard.press(ch), trace));
    await pair?.('keys');
    await sleep(120);
  }
  return samples;
}

/**
 * Responsiveness with a plan (`record`) seeded into localStorage, at 4× CPU slowdown.
 * `gaps`: [{ skill, status }] of the plan's skill gaps. Returns the samples of each
 * interaction and every save the app made meanwhile. With `pairedFloor`, after each
 * sample it also takes one of the harness floor of the same kind on a bare page open
 * beside the app's (a keystroke after a keystroke, a click after a click or a select's
 * change), returned as `floor: { keys, clicks }`: a floor measured at the same moments
 * as the app, whatever the rest of the machine was doing then. With `traced`, every
 * sample (the floor's too) is traced and carries its `split` (see `timed`), and typing
 * takes `samples` keys.
 */
export async function responsiveness(browser, url, { record, gaps, samples: n = 20, throttle = CPU_THROTTLE, pairedFloor = false, traced = false }) {
  const { context, page, errors } = await throttledPage(browser, {
    initScripts: [seedScript(PLAN_KEY, record), probe],
    throttle,
  });
  const result = { throttle };
  const trace = traced ? { browser } : null;
  // Traced, each kind of interaction takes `n` samples, typing too (n keys).
  const keys = (text) => (traced ? text.slice(0, n) : text);
  const bare = pairedFloor ? await barePage(browser, { throttle, trace }) : null;
  if (bare) result.floor = { keys: [], clicks: [] };
  const pair = bare
    ? async (kind) => {
        result.floor[kind].push(kind === 'keys' ? await bare.key() : await bare.click());
      }
    : undefined;
  await page.goto(`${url}#/skills`);
  await appUp(page);
  // The app validates what it loads and starts empty if the record is refused: check
  // that the step counts every skill gap (its "At a glance" line), and that a first page
  // of gap cards is on screen (long lists show 20 at a time).
  const counted = Number(await page.locator('.glance strong').first().textContent());
  const shownSkills = await page.locator('select').evaluateAll((els) =>
    els.flatMap((el) => {
      const label = el.labels?.[0]?.textContent ?? '';
      return label.startsWith('Status of ') ? [label.slice('Status of '.length)] : [];
    }),
  );
  const shown = shownSkills.length;
  if (counted !== gaps.length || shown === 0) {
    throw new Error(
      `the large plan did not load: #/skills counts ${counted} skill gaps and shows ${shown} cards, expected ${gaps.length}`,
    );
  }
  result.loadedGaps = counted;
  result.shownGaps = shown;
  await sleep(500);

  // Status changes on the gaps whose cards are on screen.
  const onScreen = gaps.filter((g) => shownSkills.includes(g.skill)).map((g) => ({ ...g }));
  result.status = await statusChanges(page, onScreen, n, pair, trace);

  // Adding a skill gap: fill the Skill field (not timed), time the click on "Add skill gap"
  // until the new gap's card is in the list.
  result.add = [];
  for (let i = 0; i < n; i++) {
    await (await byLabel(page, 'Skill')).fill(`Bench skill ${i + 1}`);
    const add = await firstOf(
      page.locator('form button[type="submit"]', { hasText: 'Add skill gap' }),
      page.getByRole('button', { name: 'Add skill gap' }),
    );
    const from = await logLength(page);
    result.add.push(await timed(page, ['click'], ['cardTitled', `Bench skill ${i + 1}`], () => add.click(), trace));
    await saveAfter(page, from);
    await pair?.('clicks');
  }

  result.typeSkill = await typing(page, 'Skill', keys('SQL window functions, part 2'), pair, trace);
  await (await byLabel(page, 'Skill')).fill('');

  await go(page, '#/feedback');
  result.typeFeedback = await typing(page, 'What did they say?', keys('Answers were vague on joins'), pair, trace);
  await (await byLabel(page, 'What did they say?')).fill('');
  await sleep(300);
  const fromName = await logLength(page);
  // Replaces the name ("Alex") one key at a time: each key changes the plan.
  result.typeName = await typing(page, 'Your name (for the sign-off)', keys(' Morgan Lee-Whitfield Jones'), pair, trace);
  await saveAfter(page, fromName);

  // Moving between steps: "Next: …" from Feedback to My plan, several rounds.
  result.next = [];
  result.nextBy = {};
  while (result.next.length < n) {
    const link = await firstOf(page.locator('a[rel="next"]'), page.getByRole('link', { name: /^Next: / }));
    if ((await link.count()) === 0) {
      await go(page, '#/feedback');
      continue;
    }
    const name = (await link.textContent()).trim();
    const h1 = await page.evaluate(() => document.querySelector('main h1')?.textContent ?? '');
    await link.scrollIntoViewIfNeeded();
    await sleep(200);
    const sample = await timed(page, ['click'], ['h1Not', h1], () => link.click(), trace);
    result.next.push(sample);
    (result.nextBy[name] ??= []).push(sample.frame);
    await sleep(400);
    await pair?.('clicks');
  }

  result.saves = savesIn(await page.evaluate(() => window.__bench.storage));
  result.errors = errors;
  await bare?.close();
  await context.close();
  return result;
}

/** Saves of the typical plan: status changes on #/skills, each followed by its save. */
export async function typicalSaves(browser, url, { record, gaps, count = 12, throttle = CPU_THROTTLE }) {
  const { context, page, errors } = await throttledPage(browser, {
    initScripts: [seedScript(PLAN_KEY, record), probe],
    throttle,
  });
  await page.goto(`${url}#/skills`);
  await appUp(page);
  await page.getByLabel(`Status of ${gaps[0].skill}`, { exact: true }).waitFor({ timeout: 15_000 });
  await sleep(500);
  const status = await statusChanges(page, gaps.map((g) => ({ ...g })), count);
  const saves = savesIn(await page.evaluate(() => window.__bench.storage));
  await context.close();
  return { status, saves, errors };
}

/**
 * The harness's own floor: the same timing of keystrokes into a bare input and clicks on
 * a bare button on an otherwise empty page, with the same CPU slowdown. Whatever this
 * shows is the browser and the slowdown, not the app.
 */
export async function harnessFloor(browser, { throttle = CPU_THROTTLE, samples: n = 20 } = {}) {
  const bare = await barePage(browser, { throttle });
  const keys = [];
  for (let i = 0; i < n; i++) {
    keys.push(await bare.key());
    await sleep(120);
  }
  const clicks = [];
  for (let i = 0; i < n; i++) {
    clicks.push(await bare.click());
    await sleep(120);
  }
  await bare.close();
  return { keys, clicks };
}

/**
 * The harness floor's page: a bare input and a bare button on an otherwise empty page, in
 * a context of its own, the CPU slowed down `throttle` times. `key()` times a keystroke
 * into the input, `click()` a click on the button, each as `timed` does. It may stay open
 * beside an app's page: headless Chromium keeps both visible and focused, and Playwright
 * sends each page its own input.
 */
async function barePage(browser, { throttle, trace = null }) {
  const { context, page, cdp } = await throttledPage(browser, { throttle, initScripts: [probe] });
  await page.setContent('<main><h1>Floor</h1><label>Text <input></label><button type="button">Press</button></main>');
  await page.evaluate(probe);
  const input = page.getByLabel('Text');
  const button = page.getByRole('button', { name: 'Press' });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let typed = 0;
  // DevTools' CPU slowdown keeps working while a page is idle, and two slowed pages on two
  // cores slow each other down: the app's own figures doubled with this page open beside
  // (typing p50 16 -> 27 ms at 4x). So this page is slowed down only for its own samples,
  // each a moment after the slowdown starts: a keystroke right after it took longer
  // (p50 9 -> 13 ms, p95 13 -> 20-35 ms), one 200 ms later as long as on a page slowed
  // all along.
  const SETTLE_MS = 200;
  const slowed = async (rate) => {
    if (cdp) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  };
  const sample = async (act) => {
    await slowed(throttle);
    await sleep(SETTLE_MS);
    try {
      return await act();
    } finally {
      await slowed(1);
    }
  };
  await slowed(1);
  return {
    key: async () => {
      // A click on the button takes the focus: give it back to the input (not timed).
      if (!(await input.evaluate((el) => el === document.activeElement))) {
        await input.click();
        await sleep(200);
      }
      return sample(() => timed(page, ['keydown'], ['none'], () => page.keyboard.press(letters[typed++ % letters.length]), trace));
    },
    click: () => sample(() => timed(page, ['click'], ['none'], () => button.click(), trace)),
    close: () => context.close(),
  };
}

/**
 * What the share screen (#/share) shows for a plan: the link's length as the page counts
 * it, whether it warns that the link is long, and whether it offers a QR code. 1× CPU.
 */
export async function shareScreen(browser, url, { record }) {
  const { context, page, errors } = await throttledPage(browser, {
    throttle: 1,
    initScripts: [seedScript(PLAN_KEY, record), probe],
  });
  await page.goto(`${url}#/share`);
  await appUp(page);
  const box = await firstOf(page.locator('textarea#share-link'), page.getByLabel('Your share link', { exact: true }));
  await box.waitFor({ timeout: 15_000 });
  // The QR code sits in a closed <details>: open it, as a person would.
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('main details')) d.open = true;
  });
  await sleep(800);
  const shown = await page.evaluate(() => {
    const main = document.querySelector('main')?.innerText ?? '';
    return {
      count: main.match(/([\d,]+) characters/)?.[1] ?? null,
      warns: /over 2,000 characters/.test(main),
      qrTooLong: /too long for a QR code/.test(main),
      qrShown: document.querySelector('main details svg, main details canvas, main details img') !== null,
    };
  });
  const linkChars = (await box.inputValue()).length;
  await context.close();
  return { linkChars, ...shown, errors };
}
