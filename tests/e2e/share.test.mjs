// Sharing a plan as a link and as a backup file, opening it elsewhere, and the choice
// between replacing, keeping mine and keeping both. Text from a link is only ever text.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { expectNoErrors, pageWithDialogs as withDialogs, startAppAndBrowser } from './lib.mjs';

const PHONE = { width: 390, height: 844 };
const XSS = '<img src=x onerror=alert(1)>';
const MY_RECORD = readFileSync(path.resolve(import.meta.dirname, '../fixtures/record-format-1.json'), 'utf8');
// The fixture predates the sign-off name; the app fills in its default when it loads.
const MY_PLAN = (() => {
  const plan = JSON.parse(MY_RECORD).plan;
  plan.profile = { name: '', ...plan.profile };
  return plan;
})();

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
}

/** A phone-sized page whose dialogs are counted (none must open). */
const pageWithDialogs = (browser, options = {}) => withDialogs(browser, { viewport: PHONE, ...options });

/** Records a rejection with an HTML payload in it, adds feedback and a skill gap. */
async function makeSharedPlan(page, url) {
  await page.goto(url);
  await heading(page, /calm plan for after a job/);
  await page.getByLabel('Company', { exact: true }).fill(XSS);
  await page.getByLabel('Role', { exact: true }).fill('<script>alert(2)</script> analyst');
  await page.getByText('Contact and message (optional)').click();
  await page.getByLabel('Their message', { exact: true }).fill('A private message that must not travel');
  await page.getByRole('button', { name: 'Save and start my plan' }).click();
  await heading(page, 'For today');
  await page.getByRole('link', { name: 'Read or change the request first' }).click();
  await heading(page, 'Get the most out of feedback');
  await page.getByLabel('Your name (for the sign-off)', { exact: true }).fill('Robin');
  await page.getByLabel('What did they say?', { exact: true }).fill('Practise the case study');
  await page.getByRole('button', { name: 'Add feedback' }).click();
  await page.getByRole('button', { name: 'Make it a skill gap' }).click();
  await page.getByRole('link', { name: /Skill gap: Practise the case study/ }).waitFor();
}

async function shareLink(page, url) {
  await page.goto(`${url}#/share`);
  await heading(page, 'Share and back up');
  const box = page.getByRole('textbox', { name: 'Your share link' });
  const link = await box.inputValue();
  assert.match(link, /#plan=2\./);
  // The count is written as English writes numbers ("1,234 characters").
  const length = Number((await page.getByText(/^[\d,]+ characters$/).textContent()).split(' ')[0].replaceAll(',', ''));
  assert.equal(length, link.length);
  await page.getByText('Show a QR code').click();
  await page.getByRole('img', { name: 'QR code of your share link' }).waitFor();
  return link;
}

test('a link opens read-only in a fresh browser and imports the same plan', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const { page: sharer, dialogs: sharerDialogs } = await pageWithDialogs(browser);
  await makeSharedPlan(sharer, app.url);
  const link = await shareLink(sharer, app.url);
  assert.equal(sharerDialogs.length, 0);

  const { page, dialogs } = await pageWithDialogs(browser);
  await page.goto(link);
  await heading(page, 'A plan to open');
  await page.getByRole('heading', { name: 'Robin shared a plan with you' }).waitFor();
  await page.getByText('1 rejection', { exact: true }).waitFor();
  await page.getByText('1 skill gap', { exact: true }).waitFor();
  // The HTML arrives as literal text, and nothing runs.
  await page.getByText(`${XSS}`, { exact: false }).first().waitFor();
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  // The private message was left out.
  assert.equal(await page.getByText('A private message that must not travel').count(), 0);
  // Nothing is written before the choice.
  assert.equal(await page.evaluate(() => localStorage.getItem('rebound.plan')), null);

  await page.getByRole('button', { name: 'Open this plan' }).click();
  await heading(page, 'My plan');
  assert.doesNotMatch(page.url(), /plan=/);
  await page.getByText('Opened the plan.').waitFor();
  await page.getByText('Practise the case study [Preparation]').waitFor();
  await page.reload();
  await heading(page, 'My plan');
  await page.getByText(/The no these steps are about: <script>alert\(2\)<\/script> analyst at <img/).waitFor();
  assert.equal(dialogs.length, 0, `dialogs opened: ${dialogs}`);
  expectNoErrors(page);
  expectNoErrors(sharer);
});

test('a link over an existing plan offers replace, keep mine and keep both', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const { page: sharer } = await pageWithDialogs(browser);
  await makeSharedPlan(sharer, app.url);
  const link = await shareLink(sharer, app.url);

  async function withMyPlan() {
    const { page, dialogs } = await pageWithDialogs(browser);
    await page.goto(app.url);
    await page.evaluate((record) => localStorage.setItem('rebound.plan', record), MY_RECORD);
    await page.goto('about:blank');
    await page.goto(link);
    await heading(page, 'A plan to open');
    await page.getByText('You already have a plan on this device.').waitFor();
    return { page, dialogs };
  }
  const companies = async (page) => {
    await page.goto(`${app.url}#/start`);
    await heading(page, 'What happened');
    return page.getByRole('heading', { level: 3 }).allTextContents();
  };

  await t.test('keep mine', async () => {
    const { page } = await withMyPlan();
    const before = await page.evaluate(() => localStorage.getItem('rebound.plan'));
    await page.getByRole('button', { name: 'Keep mine' }).click();
    await heading(page, 'My plan');
    assert.doesNotMatch(page.url(), /plan=/);
    assert.equal(await page.evaluate(() => localStorage.getItem('rebound.plan')), before);
    assert.deepEqual(await companies(page), ['Junior data analyst at Northwind']);
    expectNoErrors(page);
  });

  await t.test('replace, then restore the previous plan', async () => {
    const { page } = await withMyPlan();
    await page.getByRole('button', { name: 'Replace my plan' }).click();
    await heading(page, 'My plan');
    await page.getByText(/Your previous plan is kept/).waitFor();
    assert.deepEqual(await companies(page), [`<script>alert(2)</script> analyst at ${XSS}`]);
    await page.goto(`${app.url}#/share`);
    await page.getByRole('button', { name: 'Restore my previous plan' }).click();
    await heading(page, 'A plan to open');
    await page.getByRole('button', { name: 'Replace my plan' }).click();
    await heading(page, 'My plan');
    assert.deepEqual(await companies(page), ['Junior data analyst at Northwind']);
    expectNoErrors(page);
  });

  await t.test('keep both', async () => {
    const { page, dialogs } = await withMyPlan();
    await page.getByRole('button', { name: 'Keep both' }).click();
    await heading(page, 'My plan');
    await page.getByText('Added the shared items beside your own.').waitFor();
    const list = await companies(page);
    assert.equal(list.length, 2);
    assert.ok(list.includes('Junior data analyst at Northwind'));
    await page.goto(`${app.url}#/skills`);
    await page.getByRole('heading', { name: 'SQL speed' }).waitFor();
    await page.getByRole('heading', { name: 'Practise the case study' }).waitFor();
    assert.equal(dialogs.length, 0);
    expectNoErrors(page);
  });
});

test('a broken link says so kindly and changes nothing', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const { page } = await pageWithDialogs(browser);
  await page.goto(app.url);
  await page.evaluate((record) => localStorage.setItem('rebound.plan', record), MY_RECORD);
  // Loaded once, the format 1 record is kept with the id it is given.
  await page.reload();
  await heading(page, 'My plan');
  const before = await page.evaluate(() => localStorage.getItem('rebound.plan'));
  assert.match(before, /^\{"format":4,/);
  for (const broken of ['#plan=1.eNqrVkrLz1eyUkpKLFKqBQA', '#plan=9.abc', '#plan=1.!!!not-base64']) {
    await page.goto(`${app.url}${broken}`);
    await heading(page, 'A plan to open');
    await page.getByText("This plan can't be opened.").waitFor();
    await page.getByText('Your own plan has not been changed.').waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('rebound.plan')), before);
  }
  await page.getByRole('button', { name: 'Go to my plan' }).click();
  await heading(page, 'My plan');
  assert.doesNotMatch(page.url(), /plan=/);
  expectNoErrors(page);
});

test('a backup file exports, and imports into an emptied browser as the same plan', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const { page } = await pageWithDialogs(browser, { acceptDownloads: true });
  await page.goto(app.url);
  await page.evaluate((record) => localStorage.setItem('rebound.plan', record), MY_RECORD);
  await page.goto('about:blank');
  await page.goto(`${app.url}#/share`);
  await heading(page, 'Share and back up');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export a backup file' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^rebound-plan-\d{4}-\d\d-\d\d\.json$/);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  // A backup is a record of this version (format 4): the plan as it was, with the id it
  // was given when it loaded.
  assert.equal(exported.format, 4);
  const { id, ...rest } = exported.plan;
  assert.match(id, /^[0-9a-f]{32}$/);
  // Format 4 keeps the "slate wiped clean" moment with a rejection (here there is none).
  const { slate_wiped_on: _none, ...wellbeing } = MY_PLAN.wellbeing;
  assert.deepEqual(rest, { ...MY_PLAN, wellbeing });

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await heading(page, 'Share and back up');
  await page.getByLabel('Restore from a backup file').setInputFiles(file);
  await heading(page, 'A plan to open');
  await page.getByRole('heading', { name: 'Someone saved this plan in a backup file' }).waitFor();
  await page.getByRole('button', { name: 'Open this plan' }).click();
  await heading(page, 'My plan');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('rebound.plan') || '{}').plan);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('rebound.plan')).plan);
  assert.deepEqual(stored, exported.plan, 'the same plan, with the same id');

  // A file that is not a plan is refused with a message, and the plan stays.
  await page.goto(`${app.url}#/share`);
  await page.getByLabel('Restore from a backup file').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":1,"plan":{"rejections":"nope"}}'),
  });
  await page.getByRole('alert').filter({ hasText: /backup|file/i }).first().waitFor();
  assert.deepEqual(await page.evaluate(() => JSON.parse(localStorage.getItem('rebound.plan')).plan), stored);
  expectNoErrors(page);
});

test("contact names and emails stay out of a link unless ticked, and the share screen says what the link holds", async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const { page: sharer } = await pageWithDialogs(browser);
  await sharer.goto(app.url);
  await sharer.evaluate((record) => localStorage.setItem('rebound.plan', record), MY_RECORD);
  await sharer.goto('about:blank');
  await sharer.goto(`${app.url}#/share`);
  await heading(sharer, 'Share and back up');
  const holds = sharer.getByRole('list', { name: 'What the link contains' }).getByRole('listitem');
  const box = sharer.getByRole('textbox', { name: 'Your share link' });
  const contactsLine = 'the contact names and email addresses you recorded';
  await holds.filter({ hasText: 'the companies and roles you recorded' }).waitFor();
  assert.ok(!(await holds.allTextContents()).includes(contactsLine));
  await sharer.getByText(/Left out: .*the names and emails of your contacts/).waitFor();
  const without = await box.inputValue();
  const contacts = sharer.getByRole('checkbox', { name: 'Include contact names and emails' });
  assert.equal(await contacts.isChecked(), false);
  await contacts.check();
  await holds.filter({ hasText: contactsLine }).waitFor();
  const withContacts = await box.inputValue();
  assert.notEqual(withContacts, without);
  expectNoErrors(sharer);

  for (const [link, name, email] of [
    [without, '', ''],
    [withContacts, 'Dana', 'dana@northwind.test'],
  ]) {
    const { page } = await pageWithDialogs(browser);
    await page.goto(link);
    await heading(page, 'A plan to open');
    const listed = await page.getByRole('region', { name: /shared a plan with you/ }).getByRole('listitem').allTextContents();
    assert.equal(listed.includes('1 contact'), name !== '', `${listed}`);
    await page.getByRole('button', { name: 'Open this plan' }).click();
    await heading(page, 'My plan');
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('rebound.plan') || '{}').plan);
    const rejection = await page.evaluate(() => JSON.parse(localStorage.getItem('rebound.plan')).plan.rejections[0]);
    assert.equal(rejection.contact_name, name);
    assert.equal(rejection.contact_email, email);
    expectNoErrors(page);
    await page.context().close();
  }
});
