// The plan's dates leave as one calendar file that calendar apps can import.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { expectNoErrors, newPage, startAppAndBrowser } from './lib.mjs';

const MY_RECORD = readFileSync(path.resolve(import.meta.dirname, '../fixtures/record-format-1.json'), 'utf8');

test('the overview exports every open dated action as one .ics file', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { acceptDownloads: true });
  await page.goto(app.url);
  await page.evaluate((record) => localStorage.setItem('rebound.plan', record), MY_RECORD);
  await page.goto('about:blank');
  await page.goto(`${app.url}#/plan`);
  await page.getByRole('heading', { level: 1, name: 'My plan' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add dates to my calendar (.ics)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'rebound-plan.ics');
  const ics = readFileSync(await download.path(), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /END:VCALENDAR\r\n$/);
  assert.doesNotMatch(ics, /[^\r]\n/, 'every line ends in CRLF');
  const events = ics.split('BEGIN:VEVENT').length - 1;
  // The fixture has a follow-up, a skill target, a fun plan and an interview.
  assert.equal(events, 4);
  assert.match(ics, /SUMMARY:Interview: Data analyst at Contoso/);
  assert.match(ics, /SUMMARY:Skill target: SQL speed/);
  assert.match(ics, /DTSTART;VALUE=DATE:20261220/);
  // Every UID carries the plan's own id, given when the format 1 record loaded.
  const planId = await page.evaluate(() => JSON.parse(localStorage.getItem('rebound.plan')).plan.id);
  assert.match(planId, /^[0-9a-f]{32}$/);
  const uids = [];
  for (const block of ics.split('BEGIN:VEVENT').slice(1)) {
    assert.match(block, /\r\nUID:[^\r]+@rebound\.app\r\n/);
    assert.match(block, /\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    uids.push(/\r\nUID:([^\r]+)\r\n/.exec(block)[1]);
  }
  assert.ok(uids.every((uid) => uid.startsWith(`${planId}-`)), `${uids}`);
  assert.equal(new Set(uids).size, uids.length);
  // The same plan exports the same UIDs after a reload.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'My plan' }).waitFor();
  const [again] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add dates to my calendar (.ics)' }).click(),
  ]);
  const later = [...readFileSync(await again.path(), 'utf8').matchAll(/\r\nUID:([^\r]+)\r\n/g)].map((m) => m[1]);
  assert.deepEqual(later, uids);
  expectNoErrors(page);
});
