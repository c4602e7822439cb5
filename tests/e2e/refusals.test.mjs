// A change the plan refuses says why, right where the person acted: with the skill-gap
// list at its limit (src/core/limits.rs), "Make it a skill gap" on a feedback point and
// "+ … as a skill gap" on a target role show the reason in their own card, as an alert,
// and the plan stays as it was. The next action there that goes through clears it.
//
// The plan is the large one (bench/large-plan.mjs) with its skill gaps filled up to the
// limit, put in storage before the app opens.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { largeRecord } from '../../bench/large-plan.mjs';
import { expectNoErrors, newPage, startAppAndBrowser } from './lib.mjs';

/** MAX_SKILL_GAPS, read from the app's own limits so the test follows them. */
const MAX_SKILL_GAPS = (() => {
  const source = readFileSync(path.resolve(import.meta.dirname, '../../src/core/limits.rs'), 'utf8');
  const found = /pub const MAX_SKILL_GAPS: usize = ([\d_]+);/.exec(source);
  assert.ok(found, 'MAX_SKILL_GAPS is in src/core/limits.rs');
  return Number(found[1].replaceAll('_', ''));
})();

/** ModelError::ListFull's text (error-list-full in locales/en.ftl), its count written as English does. */
const LIST_FULL = `This list is full (${MAX_SKILL_GAPS.toLocaleString('en')} items). Remove some old ones first.`;

/** The feedback point the test acts on: in the rejection in focus, not yet turned into anything. */
const POINT = 'Practise the case study out loud before the next final round';

/** The large plan with as many skill gaps as a plan may hold, and POINT to act on. */
function fullRecord() {
  const record = largeRecord();
  const plan = record.plan;
  const gaps = plan.skill_gaps;
  const template = gaps[gaps.length - 1];
  for (let n = gaps.length; n < MAX_SKILL_GAPS; n++) {
    plan.next_id += 1;
    gaps.push({ ...template, id: plan.next_id, skill: `Filler skill ${n + 1}`, source: null });
  }
  const current = plan.rejections.find((r) => r.id === plan.current);
  const point = current.feedback.find((f) => f.outcome === null);
  point.text = POINT;
  return record;
}

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 20_000 });
}

/** A page on `#/<slug>` with the full plan already in storage. */
async function openWithFullPlan(browser, app, slug) {
  const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
  page.on('dialog', (d) => d.accept());
  await page.goto(app.url);
  await page.evaluate((record) => localStorage.setItem('rebound.plan', record), JSON.stringify(fullRecord()));
  await page.goto('about:blank');
  await page.goto(`${app.url}#/${slug}`);
  return page;
}

/** The stored plan (without the record's revision and time). */
async function storedPlan(page) {
  return JSON.parse(await page.evaluate(() => localStorage.getItem('rebound.plan'))).plan;
}

/** Waits longer than the app's save delay (400 ms), so a change would have been written. */
function afterSaveDelay(page) {
  return page.waitForTimeout(1_500);
}

test('a refused change says why, next to the control, and changes nothing', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);

  await t.test('"Make it a skill gap" on a full skill-gap list', async (t) => {
    const page = await openWithFullPlan(browser, app, 'feedback');
    t.after(() => page.context().close());
    await heading(page, 'Get the most out of feedback');
    const card = page
      .getByRole('region', { name: 'What they said' })
      .getByRole('listitem')
      .filter({ hasText: POINT });
    const toGap = card.getByRole('button', { name: 'Make it a skill gap' });
    await toGap.waitFor();
    // Nothing is said before anything is tried.
    assert.equal(await card.getByRole('alert').filter({ hasText: /\S/ }).count(), 0);
    const before = await storedPlan(page);
    assert.equal(before.skill_gaps.length, MAX_SKILL_GAPS);

    await toGap.click();

    // The reason, as an alert in the same card as the button.
    const alert = card.getByRole('alert');
    await alert.filter({ hasText: LIST_FULL }).waitFor({ timeout: 5_000 });
    assert.equal((await alert.textContent()).trim(), LIST_FULL);
    assert.ok(await alert.isVisible());
    // The button is still there and the point links to no skill gap.
    assert.ok(await toGap.isVisible());
    assert.equal(await card.getByRole('link', { name: /Skill gap:/ }).count(), 0);
    // The plan is unchanged, in storage too.
    await afterSaveDelay(page);
    assert.deepEqual(await storedPlan(page), before);

    // The next action on this card that goes through clears the message.
    await card.getByRole('button', { name: 'Change my search' }).click();
    await card.getByRole('link', { name: /Search change: Adjust the search/ }).waitFor();
    await card.getByText(LIST_FULL).waitFor({ state: 'detached' });
    assert.equal(await card.getByRole('alert').filter({ hasText: /\S/ }).count(), 0);

    // The skills step still counts the same number of gaps (written as English writes
    // a number: "1,000").
    await page.goto(`${app.url}#/skills`);
    await heading(page, 'Fill your skill gaps');
    await page.getByText(`${MAX_SKILL_GAPS.toLocaleString('en')} gaps`, { exact: true }).waitFor();
    expectNoErrors(page);
  });

  await t.test('"+ … as a skill gap" on a target role with a full skill-gap list', async (t) => {
    const page = await openWithFullPlan(browser, app, 'search');
    t.after(() => page.context().close());
    await heading(page, 'Refine your search');
    await page.getByLabel('Role title', { exact: true }).fill('Platform analyst');
    await page.getByLabel('Skills it asks for', { exact: true }).fill('SQL, Kubernetes');
    await page.getByRole('button', { name: 'Add role' }).click();
    const card = page
      .getByRole('region', { name: 'Target roles' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Platform analyst', level: 3 }) });
    const chip = card.getByRole('button', { name: '+ Kubernetes as a skill gap' });
    await chip.waitFor();
    const before = await storedPlan(page);

    await chip.click();

    await card.getByRole('alert').filter({ hasText: LIST_FULL }).waitFor({ timeout: 5_000 });
    assert.ok(await chip.isVisible(), 'the skill is not marked as planned');
    assert.equal(await card.getByText('Kubernetes ✓ planned').count(), 0);
    await afterSaveDelay(page);
    const after = await storedPlan(page);
    assert.equal(after.skill_gaps.length, MAX_SKILL_GAPS);
    assert.deepEqual(after.skill_gaps, before.skill_gaps);
    expectNoErrors(page);
  });
});
