// Never lose a plan: unreadable records kept aside, newer records left alone, a full
// storage reported with a way out, two tabs editing at once, and no storage at all.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { expectNoErrors, fillLocalStorage, newPage, startAppAndBrowser } from './lib.mjs';

const PHONE = { width: 390, height: 844 };
const MY_RECORD = readFileSync(path.resolve(import.meta.dirname, '../fixtures/record-format-1.json'), 'utf8');

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
}

/** Opens the app once, puts `value` under the plan key, and opens it again fresh. */
async function seeded(browser, url, value, screen = '') {
  const page = await newPage(browser, { viewport: PHONE, acceptDownloads: true });
  page.on('dialog', (d) => d.accept());
  await page.goto(url);
  await page.evaluate((v) => localStorage.setItem('rebound.plan', v), value);
  await page.goto('about:blank');
  await page.goto(`${url}${screen}`);
  return page;
}

async function addSkillGap(page, url, name) {
  await page.goto(`${url}#/skills`);
  await heading(page, 'Fill your skill gaps');
  await page.getByLabel('Skill', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Add skill gap' }).click();
  await page.getByRole('heading', { name }).waitFor();
}

/** Where `locator` is on the screen (its box in the viewport, rounded to the pixel). */
async function onScreen(locator) {
  const box = await locator.boundingBox();
  return { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
}

async function waitSaved(page) {
  await page.getByRole('status').filter({ hasText: 'Saved on this device' }).waitFor();
}

test('unreadable stored text is kept byte for byte, with a banner, through edits and reloads', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const garbage = '{"format":1,"plan":{"rejections":[{"company":"Acme", ✂ cut off';
  const page = await seeded(browser, app.url, garbage, '#/skills');
  await heading(page, 'Fill your skill gaps');
  await page.getByText('A saved plan could not be read.').waitFor();
  await addSkillGap(page, app.url, 'Public speaking');
  await waitSaved(page);
  await page.reload();
  await heading(page, 'Fill your skill gaps');
  await page.getByRole('heading', { name: 'Public speaking' }).waitFor();
  await page.getByText('A saved plan could not be read.').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('rebound.plan.unreadable')), garbage);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the original text' }).click(),
  ]);
  assert.equal(readFileSync(await download.path(), 'utf8'), garbage);
  expectNoErrors(page);
});

test('a record from a newer Rebound is shown read-only and never overwritten', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const newer = '{"format":7,"revision":3,"plan":{"from":"the future"}}';
  const page = await seeded(browser, app.url, newer, '#/skills');
  await heading(page, 'Fill your skill gaps');
  await page.getByText('This plan was saved by a newer version of Rebound.').waitFor();
  await page.getByLabel('Skill', { exact: true }).fill('Try to change it');
  await page.getByRole('button', { name: 'Add skill gap' }).click();
  await page.waitForTimeout(1000);
  await page.getByRole('status').filter({ hasText: 'Read-only' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('rebound.plan')), newer);
  expectNoErrors(page);
});

test('a full storage says the plan is not saved, export still works, and saving resumes', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await seeded(browser, app.url, MY_RECORD, '#/skills');
  await heading(page, 'Fill your skill gaps');
  await page.evaluate(fillLocalStorage);
  await page.getByLabel('Skill', { exact: true }).fill('A skill that does not fit');
  await page.getByRole('button', { name: 'Add skill gap' }).click();
  await page.getByRole('alert').filter({ hasText: 'Your latest changes are not saved yet. Storage on this device is full.' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Not saved' }).waitFor();
  // Nothing in memory is lost, and a backup can still be exported.
  await page.getByRole('heading', { name: 'A skill that does not fit' }).waitFor();
  await page.goto(`${app.url}#/share`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export a backup file' }).click(),
  ]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.ok(exported.plan.skill_gaps.some((g) => g.skill === 'A skill that does not fit'));
  // Free the space: saving resumes on its own.
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
  await page.getByRole('status').filter({ hasText: 'Saved on this device' }).waitFor({ timeout: 20_000 });
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('rebound.plan')).plan.skill_gaps.map((g) => g.skill));
  assert.ok(stored.includes('A skill that does not fit'));
  expectNoErrors(page, { ignore: [/QuotaExceeded/] });
});

test('a save that fails just after the person acts moves nothing on the screen, and its way out is one tap away', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: PHONE, acceptDownloads: true });
  // The page's timers are held, so the moment the save fails is the test's to choose.
  await page.clock.install();
  await page.goto(app.url);
  await page.evaluate((v) => localStorage.setItem('rebound.plan', v), MY_RECORD);
  await page.goto('about:blank');
  await page.goto(`${app.url}#/today`);
  await heading(page, 'For today');
  await page.evaluate(fillLocalStorage);
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  // The check-in at the top of the screen, where a browser's scroll anchoring (which keeps
  // what is on screen in place when something is added above it) does nothing.
  await page.getByLabel('3 · Okay', { exact: true }).check();
  await page.getByRole('button', { name: 'Check in' }).click();
  await page.getByText(/Checked in for today/).waitFor();
  const title = page.getByRole('heading', { level: 1, name: 'For today' });
  const next = page.getByRole('button', { name: 'A walk with a friend' });
  const where = async () => ({ title: await onScreen(title), next: await onScreen(next) });
  const before = await where();
  assert.equal(await page.evaluate(() => window.scrollY), 0);

  // The save, due 400 ms after the change, fails: storage is full.
  await page.clock.runFor(1000);
  const banner = page.getByRole('alert').filter({ hasText: 'Your latest changes are not saved yet. Storage on this device is full.' });
  await banner.waitFor();
  // What the person was about to tap next is where it was, and the banner is in view.
  assert.deepEqual(await where(), before);
  const shown = await onScreen(banner);
  assert.ok(shown.y >= 0 && shown.y + shown.height <= PHONE.height, `the banner is on the screen (${JSON.stringify(shown)})`);
  // The end of the page can still be scrolled clear of it.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const footer = await onScreen(page.getByRole('contentinfo'));
  assert.ok(footer.y + footer.height <= (await onScreen(banner)).y, 'the footer scrolls clear of the banner');

  await banner.getByText('What to do').click();
  await banner.getByText('Export a backup to keep a copy now').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Export a backup' }).click()]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(exported.plan.wellbeing.moods.length, 3, 'the check-in that was not saved is in the backup');
  expectNoErrors(page, { ignore: [/QuotaExceeded/] });
});

test('two tabs editing the same plan keep both edits', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const first = await seeded(browser, app.url, MY_RECORD, '#/skills');
  await heading(first, 'Fill your skill gaps');
  const second = await first.context().newPage();
  second.on('dialog', (d) => d.accept());
  await second.goto(`${app.url}#/skills`);
  await heading(second, 'Fill your skill gaps');

  // Both tabs add a gap before either has saved.
  await first.getByLabel('Skill', { exact: true }).fill('From the first tab');
  await second.getByLabel('Skill', { exact: true }).fill('From the second tab');
  await Promise.all([
    first.getByRole('button', { name: 'Add skill gap' }).click(),
    second.getByRole('button', { name: 'Add skill gap' }).click(),
  ]);
  // Each tab shows the other's edit without a reload. (A tab in the background has no
  // fresh layout, so this waits for the element rather than for it to be painted.)
  await first.getByRole('heading', { name: 'From the second tab' }).waitFor({ state: 'attached' });
  await second.getByRole('heading', { name: 'From the first tab' }).waitFor({ state: 'attached' });
  await first.getByRole('status').filter({ hasText: 'Saved on this device' }).waitFor({ state: 'attached' });
  await second.getByRole('status').filter({ hasText: 'Saved on this device' }).waitFor({ state: 'attached' });
  await first.waitForTimeout(800);
  const stored = await first.evaluate(() => JSON.parse(localStorage.getItem('rebound.plan')).plan.skill_gaps.map((g) => g.skill));
  assert.deepEqual(stored.sort(), ['From the first tab', 'From the second tab', 'SQL speed'].sort());
  // A later edit in one tab also reaches the other.
  await second.getByLabel('Status of From the first tab').selectOption({ label: 'Done' });
  await first.waitForFunction(() => {
    const select = [...document.querySelectorAll('label')].find((l) => l.textContent === 'Status of From the first tab');
    return select && document.getElementById(select.htmlFor)?.value === 'done';
  });
  expectNoErrors(first);
  expectNoErrors(second);
});

/** MY_RECORD with a second skill gap, so two tabs can each change a different one. */
function twoGapRecord() {
  const record = JSON.parse(MY_RECORD);
  const gap = { ...record.plan.skill_gaps[0], id: record.plan.next_id + 1, skill: 'Storytelling', source: null, status: 'not_started' };
  record.plan.skill_gaps.push(gap);
  record.plan.next_id = gap.id;
  return JSON.stringify(record);
}

/** The stored plan's gaps as "skill:status", sorted. */
async function storedGaps(page) {
  return page.evaluate(() =>
    JSON.parse(localStorage.getItem('rebound.plan'))
      .plan.skill_gaps.map((g) => `${g.skill}:${g.status}`)
      .sort(),
  );
}

test('two tabs edited at once, then reloaded or closed together, lose nothing (20 of 20)', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const seed = twoGapRecord();
  for (let run = 1; run <= 20; run++) {
    const first = await seeded(browser, app.url, seed, '#/skills');
    await heading(first, 'Fill your skill gaps');
    const second = await first.context().newPage();
    await second.goto(`${app.url}#/skills`);
    await heading(second, 'Fill your skill gaps');
    await first.getByLabel('Skill', { exact: true }).fill(`First tab ${run}`);
    await second.getByLabel('Skill', { exact: true }).fill(`Second tab ${run}`);
    // Within the save delay in both tabs: change a different gap, and add one.
    await Promise.all([
      (async () => {
        await first.getByLabel('Status of SQL speed').selectOption('done');
        await first.getByRole('button', { name: 'Add skill gap' }).click();
      })(),
      (async () => {
        await second.getByLabel('Status of Storytelling').selectOption('in_progress');
        await second.getByRole('button', { name: 'Add skill gap' }).click();
      })(),
    ]);
    let check;
    if (run % 2 === 1) {
      await Promise.all([first.reload(), second.reload()]);
      await heading(first, 'Fill your skill gaps');
      await heading(second, 'Fill your skill gaps');
      check = first;
    } else {
      await Promise.all([first.close({ runBeforeUnload: true }), second.close({ runBeforeUnload: true })]);
      check = await first.context().newPage();
      await check.goto(`${app.url}#/skills`);
      await heading(check, 'Fill your skill gaps');
    }
    const expected = [`First tab ${run}:not_started`, `Second tab ${run}:not_started`, 'SQL speed:done', 'Storytelling:in_progress'].sort();
    await check.getByRole('heading', { name: `First tab ${run}` }).waitFor({ state: 'attached' });
    await check.getByRole('heading', { name: `Second tab ${run}` }).waitFor({ state: 'attached' });
    await waitSaved(check);
    assert.deepEqual(await storedGaps(check), expected, `run ${run}`);
    if (run % 2 === 1) {
      assert.deepEqual(await storedGaps(second), expected, `run ${run}, second tab`);
      expectNoErrors(second);
    }
    expectNoErrors(check);
    await check.context().close();
  }
});

test('a tab that crashes loses at most its last half second of changes', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await seeded(browser, app.url, MY_RECORD, '#/skills');
  await heading(page, 'Fill your skill gaps');
  // Add gaps one after another, faster than the save delay, so no save runs in between.
  const added = [];
  for (let i = 1; i <= 6; i++) {
    const name = `Gap ${i}`;
    await page.getByLabel('Skill', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Add skill gap' }).click();
    added.push({ name, at: Date.now() });
  }
  const crashedAt = Date.now() + 0;
  const cdp = await page.context().newCDPSession(page);
  // No pagehide, no unload: the renderer just dies.
  cdp.send('Page.crash').catch(() => {});
  await page.waitForEvent('crash');
  const after = await page.context().newPage();
  await after.goto(`${app.url}#/skills`);
  await heading(after, 'Fill your skill gaps');
  await waitSaved(after);
  const stored = await after.evaluate(() => JSON.parse(localStorage.getItem('rebound.plan')).plan.skill_gaps.map((g) => g.skill));
  for (const { name, at } of added) {
    if (crashedAt - at >= 500) assert.ok(stored.includes(name), `${name}, added ${crashedAt - at} ms before the crash, was lost`);
  }
  // Everything but the last half second is there; the journal usually has all of it.
  assert.ok(stored.includes('Gap 1'));
  await after.getByRole('heading', { name: 'Gap 1' }).waitFor({ state: 'attached' });
  expectNoErrors(after);
});

test('a stored record cut inside an emoji is kept aside and downloaded exactly, lone surrogate included', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: PHONE, acceptDownloads: true });
  await page.goto(app.url);
  // Made in the page: a lone surrogate does not survive the trip through the driver.
  const units = await page.evaluate((record) => {
    const text = record.replace('Northwind', 'Northwind \u{1F600}');
    const cut = text.slice(0, text.indexOf('\u{1F600}') + 1);
    localStorage.setItem('rebound.plan', cut);
    return [...Array(cut.length).keys()].map((i) => cut.charCodeAt(i));
  }, MY_RECORD);
  assert.equal(units.at(-1), 0xd83d, 'the text ends in half of an emoji');
  await page.goto('about:blank');
  await page.goto(`${app.url}#/skills`);
  await heading(page, 'Fill your skill gaps');
  await page.getByText('A saved plan could not be read.').waitFor();
  await addSkillGap(page, app.url, 'After the damage');
  await waitSaved(page);
  await page.reload();
  await heading(page, 'Fill your skill gaps');
  await page.getByText('A saved plan could not be read.').waitFor();
  const kept = await page.evaluate(() => {
    const text = localStorage.getItem('rebound.plan.unreadable');
    return [...Array(text.length).keys()].map((i) => text.charCodeAt(i));
  });
  assert.deepEqual(kept, units);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the original text' }).click(),
  ]);
  const bytes = readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe], 'UTF-16LE with a byte-order mark');
  const downloaded = [];
  for (let i = 2; i < bytes.length; i += 2) downloaded.push(bytes.readUInt16LE(i));
  assert.deepEqual(downloaded, units);
  expectNoErrors(page);
});

test('without any storage the app still works, in memory, and says so', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: PHONE });
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(app.url);
  await heading(page, /calm plan for after a job/);
  const banner = page.getByRole('alert').filter({ hasText: 'This browser is not letting Rebound save.' });
  await banner.getByText('What to do').click();
  await banner.getByRole('button', { name: 'Export a backup' }).waitFor();
  await page.getByLabel('Company', { exact: true }).fill('Acme');
  await page.getByLabel('Role', { exact: true }).fill('Analyst');
  await page.getByRole('button', { name: 'Save and start my plan' }).click();
  await heading(page, 'For today');
  await page.getByRole('status').filter({ hasText: 'Not saved: this tab only' }).waitFor();
  expectNoErrors(page);
});

test('a browser that refuses writes while reads still work shows the banner, and a backup still exports', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: PHONE, acceptDownloads: true });
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await page.goto(app.url);
  await heading(page, /calm plan for after a job/);
  await page.getByLabel('Company', { exact: true }).fill('Acme');
  await page.getByLabel('Role', { exact: true }).fill('Analyst');
  await page.getByRole('button', { name: 'Save and start my plan' }).click();
  await heading(page, 'For today');
  await page.getByRole('status').filter({ hasText: 'Not saved: this tab only' }).waitFor();
  // The same banner as when there is no storage at all: what it means and the way out.
  const banner = page.getByRole('alert').filter({ hasText: 'This browser is not letting Rebound save.' });
  await banner.waitFor();
  await banner.getByText('What to do').click();
  await banner.getByText('Export a backup to keep it').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: 'Export a backup' }).click(),
  ]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(exported.plan.rejections[0].company, 'Acme');
  expectNoErrors(page);
});
