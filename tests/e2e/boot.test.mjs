// The static boot screen (index.html's #boot), seen with the wasm held back:
//
//   - for someone new it is the app's own welcome, word for word and at the same place:
//     the heading, lead, step list and privacy note read exactly as the app's, the header
//     and step indicator have the same links, every box sits where the app puts it, the
//     app's first render shifts nothing and adds no larger paint (the boot screen's lead
//     stays the largest contentful paint), and axe finds nothing on it;
//   - someone with a plan, or opening another screen's address, sees a quiet "Opening
//     your plan…" instead of the welcome, in the colours they chose, under the CSP.
//
// Needs a release build in dist/ (make build).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { expectNoErrors, holdWasm, newPage, startAppAndBrowser } from './lib.mjs';

const AXE = path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');
const RECORD = readFileSync(path.resolve(import.meta.dirname, '../fixtures/record-format-1.json'), 'utf8');

/** Records largest-contentful-paint entries and layout shifts from the very start. */
function watchPaints() {
  window.__paints = { lcp: [], shift: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const el = e.element;
      window.__paints.lcp.push({
        time: e.startTime,
        size: e.size,
        what: el ? `${el.closest('#boot') ? 'boot' : 'app'} ${el.tagName.toLowerCase()}.${el.className}` : 'gone',
      });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__paints.shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/** The welcome's texts and boxes, the header's and step indicator's links, under `root`. */
function readWelcome(rootSelector) {
  const root = document.querySelector(rootSelector);
  const text = (el) => el.innerText.replace(/\s+/g, ' ').trim();
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return [r.x, r.y, r.width, r.height].map((n) => Math.round(n));
  };
  const hero = root.querySelector('main .hero');
  const parts = {
    h1: hero.querySelector('h1'),
    lead: hero.querySelector('p.lead'),
    steps: hero.querySelector('ol.step-preview'),
    privacy: hero.querySelector('p.privacy-note'),
  };
  return {
    texts: {
      h1: text(parts.h1),
      lead: text(parts.lead),
      steps: [...parts.steps.querySelectorAll('li')].map(text),
      privacy: text(parts.privacy),
    },
    boxes: Object.fromEntries(Object.entries(parts).map(([k, el]) => [k, box(el)])),
    links: [...root.querySelectorAll('.topbar a, nav.steps a')].map((a) =>
      [a.getAttribute('href'), a.getAttribute('aria-label'), a.getAttribute('aria-current'), text(a)].join(' | '),
    ),
    stepsSummary: text(root.querySelector('.steps-summary')),
  };
}

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(() =>
    window.axe
      .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
      .then((r) => r.violations),
  );
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${v.help}`));
}

for (const combo of [
  { name: 'phone, light', viewport: { width: 390, height: 844 }, colorScheme: 'light', hasTouch: true, isMobile: true },
  { name: 'desktop, dark', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
]) {
  test(`the boot screen is the app's welcome, word for word and box for box (${combo.name})`, async (t) => {
    const { app, browser } = await startAppAndBrowser(t);
    const { name, ...options } = combo;
    // axe is injected as a script, which the page's CSP rightly refuses: bypassed here only.
    const page = await newPage(browser, { ...options, bypassCSP: true });
    await page.addInitScript(watchPaints);
    const release = await holdWasm(page);

    await page.goto(app.url, { waitUntil: 'commit' });
    await page.locator('#boot main h1').waitFor();
    await page.getByRole('status').filter({ hasText: 'Opening your plan…' }).waitFor();
    const boot = await page.evaluate(readWelcome, '#boot');
    const bootAxe = await axe(page);

    const releasedAt = await page.evaluate(() => performance.now());
    release();
    await page.locator('#boot').waitFor({ state: 'detached', timeout: 20_000 });
    await page.locator('#screen-title').waitFor();
    await page.getByRole('button', { name: 'Save and start my plan' }).waitFor();
    const shown = await page.evaluate(readWelcome, 'body');

    // The copy in index.html says what the app says (src/ui/steps/start.rs, Welcome).
    assert.equal(boot.texts.steps.length, 6, 'six steps in the boot screen');
    assert.ok(boot.texts.h1 && boot.texts.lead && boot.texts.privacy, 'the boot screen has its texts');
    assert.deepEqual(boot.texts, shown.texts, 'the boot screen reads exactly as the app’s welcome');
    assert.deepEqual(boot.links, shown.links, 'the same header and step indicator links');
    assert.equal(boot.stepsSummary, shown.stepsSummary);
    // ... and the app draws it exactly where the boot screen had it.
    assert.deepEqual(boot.boxes, shown.boxes, 'the welcome does not move when the app starts');

    // The app's first render neither shifts the page nor paints anything larger: the
    // largest contentful paint stays the boot screen's, from before the wasm arrived.
    await page.waitForTimeout(300); // the app's first frame reaches the observers
    const paints = await page.evaluate(() => window.__paints);
    assert.equal(paints.shift, 0, 'no layout shift');
    assert.ok(paints.lcp.length > 0, 'a largest contentful paint was recorded');
    const late = paints.lcp.filter((e) => e.time >= releasedAt);
    assert.deepEqual(late, [], 'no larger paint once the app started');
    assert.match(paints.lcp.at(-1).what, /^(boot p\.lead|gone)$/, 'the boot screen’s lead is the largest paint');

    assert.deepEqual(bootAxe, [], 'axe finds nothing on the boot screen');
    expectNoErrors(page);
  });
}

test('when the wasm is ready before the first paint, the app still waits for the boot screen to paint', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  // Served from localhost with nothing held back, the wasm can be compiled before the
  // browser has painted anything; the app then takes over only once the boot screen's
  // lead has painted (index.html's `reboundBootPainted`), so that paint is not lost.
  for (let run = 0; run < 3; run++) {
    const page = await newPage(browser);
    await page.addInitScript(watchPaints);
    await page.goto(app.url);
    await page.locator('#boot').waitFor({ state: 'detached', timeout: 20_000 });
    await page.getByRole('button', { name: 'Save and start my plan' }).waitFor();
    await page.waitForTimeout(300);
    const paints = await page.evaluate(() => window.__paints);
    assert.ok(paints.lcp.length > 0, 'a largest contentful paint was recorded');
    assert.match(paints.lcp.at(-1).what, /^(boot p\.lead|gone)$/, `run ${run}: the boot screen’s lead is the largest paint`);
    expectNoErrors(page);
    await page.context().close();
  }
});

test('the wasm is downloaded once, starting when the boot screen’s lead has painted', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  // Started by the boot script at that paint (`window.reboundWasm`), not by trunk's loader
  // once the JS glue has run; never before it, since Lighthouse's simulated LCP charges
  // every earlier request to the welcome.
  const page = await newPage(browser);
  await page.addInitScript(watchPaints);
  await page.goto(app.url);
  await page.locator('#boot').waitFor({ state: 'detached', timeout: 20_000 });
  await page.getByRole('button', { name: 'Save and start my plan' }).waitFor();
  const seen = await page.evaluate(() => ({
    started: window.reboundWasm instanceof Promise,
    wasm: performance.getEntriesByType('resource').filter((e) => /_bg\.wasm$/.test(e.name)).map((e) => e.startTime),
    lead: window.__paints.lcp.filter((e) => e.what === 'boot p.lead').map((e) => e.time),
  }));
  assert.ok(seen.started, 'the boot script started the download');
  assert.equal(seen.wasm.length, 1, 'one download of the wasm: the loader took the boot script’s');
  assert.ok(seen.lead.length > 0, 'the lead’s paint was seen');
  assert.ok(seen.wasm[0] >= seen.lead[0], `the download (${seen.wasm[0]} ms) starts after the lead painted (${seen.lead[0]} ms)`);
  expectNoErrors(page);
});

test('with a plan, or an address for another screen, the boot screen only says "Opening your plan…"', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const cases = [
    { name: 'new, no address', hash: '', plan: false, welcome: true, opens: /calm plan for after a job/ },
    { name: 'new, #/start', hash: '#/start', plan: false, welcome: true, opens: /calm plan for after a job/ },
    { name: 'new, #/skills', hash: '#/skills', plan: false, welcome: false, opens: 'Fill your skill gaps' },
    { name: 'with a plan, dark colours chosen', hash: '', plan: true, theme: 'dark', welcome: false, opens: 'My plan' },
    { name: 'with a plan, #/start', hash: '#/start', plan: true, welcome: false, opens: 'What happened' },
  ];
  for (const c of cases) {
    await t.test(c.name, async (t) => {
      // The page's own CSP applies: the inline script runs only through its hash.
      const page = await newPage(browser, { viewport: { width: 390, height: 844 }, colorScheme: 'light' });
      t.after(() => page.context().close());
      if (c.plan || c.theme) {
        await page.addInitScript(
          ({ record, theme }) => {
            if (record && localStorage.getItem('rebound.plan') === null) localStorage.setItem('rebound.plan', record);
            if (theme) localStorage.setItem('rebound.theme', theme);
          },
          { record: c.plan ? RECORD : null, theme: c.theme ?? null },
        );
      }
      const release = await holdWasm(page);
      await page.goto(app.url + c.hash, { waitUntil: 'commit' });
      const status = page.locator('#boot').getByRole('status');
      await status.waitFor();
      assert.equal(await status.textContent(), 'Opening your plan…');
      const hero = page.locator('#boot .hero');
      assert.equal(await hero.isVisible(), c.welcome, c.welcome ? 'the welcome shows' : 'no welcome');
      assert.equal(await page.locator('#boot nav.steps').isVisible(), c.welcome, 'the step indicator likewise');
      const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
      assert.equal(scheme, c.theme ?? 'light', 'the colours chosen under "Colours", before the app starts');

      release();
      await page.locator('#boot').waitFor({ state: 'detached', timeout: 20_000 });
      await page.getByRole('heading', { level: 1, name: c.opens }).waitFor({ timeout: 15_000 });
      expectNoErrors(page);
    });
  }
});

test('what is typed into the boot screen before the app takes over is kept, caret and all', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
  const release = await holdWasm(page);
  await page.goto(app.url, { waitUntil: 'commit' });
  // The boot screen's own fields, typed into while the wasm is still on its way.
  const company = page.locator('#boot').getByLabel('Company', { exact: true });
  await company.fill('Northwind');
  const role = page.locator('#boot').getByLabel('Role', { exact: true });
  await role.click();
  await page.keyboard.type('Data analst');
  // The caret moved back inside the word, to fix a typo, when the app arrives.
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter'); // waits for the app's form: nothing is submitted
  assert.equal(page.url(), `${app.url}`);
  release();
  await page.locator('#boot').waitFor({ state: 'detached', timeout: 20_000 });
  await page.getByRole('button', { name: 'Save and start my plan' }).waitFor();

  const appCompany = page.getByLabel('Company', { exact: true });
  const appRole = page.getByLabel('Role', { exact: true });
  assert.equal(await appCompany.inputValue(), 'Northwind');
  assert.equal(await appRole.inputValue(), 'Data analst');
  // Typing goes on in the same field, at the same place.
  await page.keyboard.type('y');
  assert.equal(await appRole.inputValue(), 'Data analyst');
  // And it is kept like anything typed into a form: a reload brings it back.
  await page.waitForTimeout(700);
  await page.reload();
  await page.getByRole('button', { name: 'Save and start my plan' }).waitFor();
  assert.equal(await page.getByLabel('Company', { exact: true }).inputValue(), 'Northwind');
  assert.equal(await page.getByLabel('Role', { exact: true }).inputValue(), 'Data analyst');
  expectNoErrors(page);
});

/** Types into the boot screen's fields with the wasm held back, then lets the app take over. */
async function typeWhileBooting(page, url) {
  const release = await holdWasm(page);
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('#boot').getByLabel('Company', { exact: true }).fill('Fabrikam');
  await page.locator('#boot').getByLabel('Role', { exact: true }).fill('Data engineer');
  release();
  await page.locator('#boot').waitFor({ state: 'detached', timeout: 20_000 });
  await page.getByRole('button', { name: 'Save and start my plan' }).waitFor();
  assert.equal(await page.getByLabel('Company', { exact: true }).inputValue(), 'Fabrikam');
}

// No key is pressed once the app has taken over: what the boot screen caught must be
// stored by the take-over itself.
test('typing caught by the boot screen survives a reload straight after the app takes over', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
  await typeWhileBooting(page, app.url);
  await page.reload();
  await page.getByRole('button', { name: 'Save and start my plan' }).waitFor();
  assert.equal(await page.getByLabel('Company', { exact: true }).inputValue(), 'Fabrikam');
  assert.equal(await page.getByLabel('Role', { exact: true }).inputValue(), 'Data engineer');
  expectNoErrors(page);
});

test('typing caught by the boot screen survives closing the tab straight after the app takes over', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
  await typeWhileBooting(page, app.url);
  const context = page.context();
  await page.close();
  const again = await context.newPage();
  await again.goto(app.url);
  await again.getByRole('button', { name: 'Save and start my plan' }).waitFor();
  assert.equal(await again.getByLabel('Company', { exact: true }).inputValue(), 'Fabrikam');
  assert.equal(await again.getByLabel('Role', { exact: true }).inputValue(), 'Data engineer');
});
