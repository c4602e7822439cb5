// "Delete everything Rebound keeps on this device", from the Share screen, on a phone: a
// backup is offered first, the page asks once more, and afterwards no `rebound.` key is
// left, neither this tab nor another open one writes anything back, and a fresh start
// writes nothing until the person does something. Keys of other apps are left alone.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { expectNoErrors, newPage, startAppAndBrowser } from './lib.mjs';

const PHONE = { width: 390, height: 844 };
const WRITING = 'Private words about how the no from Northwind felt';
const HALF_TYPED = 'A skill typed but not added';

/** A format 3 record with a writing session in it. */
function myRecord() {
  const record = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/record-format-3.json'), 'utf8'));
  record.plan.wellbeing.writing = [{ date: '2026-11-26', text: WRITING }];
  return JSON.stringify(record);
}

async function heading(page, name, state = 'visible') {
  await page.getByRole('heading', { level: 1, name }).waitFor({ state, timeout: 15_000 });
}

async function saved(page) {
  await page.getByRole('status').filter({ hasText: 'Saved on this device' }).waitFor({ state: 'attached' });
}

/** Every `rebound.` key in this browser's storage, sorted. */
async function reboundKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('rebound.')).sort());
}

/** Everything in storage, as { key: value }. */
async function storage(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));
}

/**
 * A page with a plan (and its writing), a kept-aside copy, a desk of reviews, another
 * app's key, then a half-typed skill (a draft) and a colour choice made on screen: all
 * that Rebound keeps after some use.
 */
async function withEverything(browser, url) {
  const page = await newPage(browser, { viewport: PHONE, acceptDownloads: true });
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  await page.goto(url);
  await page.evaluate((record) => {
    localStorage.setItem('rebound.plan', record);
    localStorage.setItem('rebound.plan.before-import', record);
    localStorage.setItem('rebound.reviewing', '{"format":1,"reviews":[]}');
    localStorage.setItem('other-app.x', 'kept by another app');
  }, myRecord());
  await page.goto('about:blank');
  await page.goto(`${url}#/skills`);
  await heading(page, 'Fill your skill gaps');
  await page.getByLabel('Skill', { exact: true }).fill(HALF_TYPED);
  await page.getByLabel('Colours', { exact: true }).selectOption({ label: 'Dark' });
  await saved(page);
  await page.waitForFunction(
    (text) => JSON.stringify(JSON.parse(localStorage.getItem('rebound.plan') ?? '{}').plan?.drafts ?? {}).includes(text),
    HALF_TYPED,
  );
  const keys = await reboundKeys(page);
  for (const key of ['rebound.plan', 'rebound.plan.previous', 'rebound.plan.before-import', 'rebound.reviewing', 'rebound.backup', 'rebound.theme']) {
    assert.ok(keys.includes(key), `${key} is not stored: ${keys}`);
  }
  assert.ok(keys.some((k) => k.startsWith('rebound.journal.')), `no journal is stored: ${keys}`);
  return { page, dialogs };
}

async function openDelete(page, url) {
  await page.goto(`${url}#/share`);
  await heading(page, 'Share and back up');
  const section = page.getByRole('region', { name: 'Delete everything on this device' });
  await section.getByRole('button', { name: 'Delete everything…' }).click();
  await section.getByText("This can't be undone.").waitFor();
  return section;
}

test('delete everything: a backup first, then nothing of Rebound is left, even after a reload, until the person types', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const { page, dialogs } = await withEverything(browser, app.url);
  const section = await openDelete(page, app.url);
  // It says what goes.
  for (const part of ['your plan', 'text typed into a form but not saved', 'your writing', 'reviews you are writing', 'copies kept aside', "the backup reminder's dates", 'your choice of colours']) {
    await section.getByText(part, { exact: false }).first().waitFor();
  }

  // A backup first: the whole plan, writing and half-typed text included.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Export a backup first' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^rebound-plan-\d{4}-\d\d-\d\d\.json$/);
  const backup = readFileSync(await download.path(), 'utf8');
  assert.ok(backup.includes(WRITING) && backup.includes(HALF_TYPED), 'the backup lacks the writing or the draft');
  await section.getByRole('status').filter({ hasText: 'Backup file saved to your downloads.' }).waitFor();
  assert.ok((await reboundKeys(page)).includes('rebound.plan'), 'the backup deleted something');

  await section.getByRole('button', { name: 'Yes, delete everything' }).click();
  await heading(page, 'Everything is deleted');
  await page.getByText(/Everything Rebound kept on this device is gone/).waitFor();
  assert.deepEqual(await reboundKeys(page), []);
  assert.equal(await page.evaluate(() => localStorage.getItem('other-app.x')), 'kept by another app');
  assert.equal(new URL(page.url()).hash, '', 'a reload would not open the welcome');

  // This tab writes nothing back: not its autosave, not the page being hidden, not a
  // colour chosen now.
  await page.getByLabel('Colours', { exact: true }).selectOption({ label: 'Light' });
  await page.evaluate(() => {
    dispatchEvent(new Event('pagehide'));
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.waitForTimeout(2_500);
  assert.deepEqual(await reboundKeys(page), []);

  // Starting fresh opens the welcome, and a fresh app writes nothing on its own.
  await page.getByRole('button', { name: 'Start fresh' }).click();
  await heading(page, /calm plan for after a job/);
  await page.waitForTimeout(1_500);
  assert.deepEqual(await reboundKeys(page), []);
  await page.reload();
  await heading(page, /calm plan for after a job/);
  await page.waitForTimeout(1_500);
  assert.deepEqual(await reboundKeys(page), []);
  assert.equal(await page.evaluate(() => localStorage.getItem('other-app.x')), 'kept by another app');

  // Once the person types, Rebound keeps their plan again.
  await page.getByLabel('Company', { exact: true }).fill('Acme');
  await page.waitForFunction(() => (localStorage.getItem('rebound.plan') ?? '').includes('Acme'));
  assert.deepEqual(dialogs, [], 'the app asked in a browser dialog');
  expectNoErrors(page);
});

test('cancelling leaves everything in place', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const { page, dialogs } = await withEverything(browser, app.url);
  await page.waitForTimeout(800);
  const before = await storage(page);
  const section = await openDelete(page, app.url);
  await section.getByRole('button', { name: 'Cancel, keep everything' }).click();
  await section.getByRole('button', { name: 'Delete everything…' }).waitFor();
  assert.equal(await section.getByRole('button', { name: 'Yes, delete everything' }).count(), 0);
  await page.waitForTimeout(800);
  assert.deepEqual(await storage(page), before);
  await page.reload();
  await heading(page, 'Share and back up');
  await page.goto(`${app.url}#/skills`);
  await heading(page, 'Fill your skill gaps');
  assert.equal(await page.getByLabel('Skill', { exact: true }).inputValue(), HALF_TYPED);
  assert.deepEqual(dialogs, []);
  expectNoErrors(page);
});

test('another open tab stops saving when everything is deleted, and writes nothing back', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const { page } = await withEverything(browser, app.url);
  const other = await page.context().newPage();
  await other.goto(`${app.url}#/skills`);
  await heading(other, 'Fill your skill gaps');
  // The other tab has changes of its own, saved and journaled.
  await other.getByLabel('Skill', { exact: true }).fill('Typed in the other tab');
  await saved(other);
  await page.waitForFunction(() => Object.keys(localStorage).filter((k) => k.startsWith('rebound.journal.')).length >= 2);

  const section = await openDelete(page, app.url);
  await section.getByRole('button', { name: 'Yes, delete everything' }).click();
  await heading(page, 'Everything is deleted');
  await heading(other, 'Everything is deleted', 'attached');
  await other.getByText(/it was deleted in another tab/).waitFor({ state: 'attached' });
  // Longer than the other tab's wait before it looks at journals that changed.
  await page.waitForTimeout(3_000);
  assert.deepEqual(await reboundKeys(page), []);
  await other.close({ runBeforeUnload: true });
  await page.waitForTimeout(500);
  assert.deepEqual(await reboundKeys(page), []);
  expectNoErrors(page);
});
