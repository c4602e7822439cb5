// A large plan (bench/large-plan.mjs: 300 skill gaps, 100 applications, 200 feedback
// points): long lists show a page at a time, "Show more" adds the next page, and an item
// just added is shown even when it sorts beyond the shown pages. Speed itself is measured
// by `make bench`, not here.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LARGE, largeRecord } from '../../bench/large-plan.mjs';
import { expectNoErrors, newPage, startAppAndBrowser } from './lib.mjs';

const PAGE = 20;

/** A page on `#/<slug>` with the large plan already in storage. */
async function openWithLargePlan(browser, app, slug) {
  const page = await newPage(browser);
  await page.goto(app.url);
  await page.evaluate((record) => localStorage.setItem('rebound.plan', record), JSON.stringify(largeRecord()));
  await page.goto('about:blank');
  await page.goto(`${app.url}#/${slug}`);
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 20_000 });
  return page;
}

/** The list items of the section titled `title`. */
function itemsIn(page, title, role = 'listitem') {
  return page.getByRole('region', { name: title }).getByRole('list').first().getByRole(role);
}

test('long lists show a page at a time and reveal what was just added', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);

  await t.test('skill gaps: the first page, then more, then fewer', async (t) => {
    const page = await openWithLargePlan(browser, app, 'skills');
    t.after(() => page.context().close());
    const section = page.getByRole('region', { name: 'Your skill gaps' });
    const cards = itemsIn(page, 'Your skill gaps');

    // The summary still counts every gap; only the cards are paged.
    await page.getByText(`${LARGE.skillGaps} gaps`, { exact: true }).waitFor();
    assert.equal(await cards.count(), PAGE);
    await section.getByRole('status').getByText(`Showing ${PAGE} of ${LARGE.skillGaps} skill gaps.`).waitFor();

    await section.getByRole('button', { name: `Show ${PAGE} more` }).click();
    await section.getByRole('status').getByText(`Showing ${2 * PAGE} of ${LARGE.skillGaps} skill gaps.`).waitFor();
    assert.equal(await cards.count(), 2 * PAGE);
    // The button keeps focus, so a keyboard user can go on pressing it.
    assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /^Show \d+ more$/);

    // Click through to the end: the button then offers to show fewer, and keeps focus.
    const more = section.getByRole('button', { name: /^Show \d+ more$/ });
    while (await more.count()) await more.click();
    assert.equal(await cards.count(), LARGE.skillGaps);
    const fewer = section.getByRole('button', { name: 'Show fewer' });
    await fewer.click();
    assert.equal(await cards.count(), PAGE);
    expectNoErrors(page);
  });

  await t.test('a gap added beyond the first page is shown', async (t) => {
    const page = await openWithLargePlan(browser, app, 'skills');
    t.after(() => page.context().close());
    // Undated gaps sort after every dated one: far beyond the first page.
    await page.getByLabel('Skill', { exact: true }).fill('Negotiation practice');
    await page.getByRole('button', { name: 'Add skill gap' }).click();
    await page.getByText(`${LARGE.skillGaps + 1} gaps`, { exact: true }).waitFor();
    const added = page.getByRole('heading', { name: 'Negotiation practice', level: 3 });
    await added.waitFor({ timeout: 5_000 });
    await added.scrollIntoViewIfNeeded();
    assert.ok(await added.isVisible());
    // It follows the first page rather than opening every page before it.
    const section = page.getByRole('region', { name: 'Your skill gaps' });
    await section.getByRole('status').getByText(`Showing ${PAGE + 1} of ${LARGE.skillGaps + 1} skill gaps.`).waitFor();
    assert.equal(await itemsIn(page, 'Your skill gaps').count(), PAGE + 1);
    expectNoErrors(page);
  });

  await t.test('the next-job step pages its dates and its checklist', async (t) => {
    const page = await openWithLargePlan(browser, app, 'next');
    t.after(() => page.context().close());
    const checklist = page.getByRole('region', { name: 'Preparation checklist' });
    await checklist.getByRole('status').getByText(/^Showing 20 of \d+ checklist items\.$/).waitFor();
    assert.equal(await checklist.getByRole('checkbox').count(), PAGE);
    // Ticking a row still counts towards "ready" (none ticked says so without a zero).
    const ready = checklist.getByText(/^(\d+ of \d+ ready|Tick each one as you get it ready\.)$/);
    const before = Number(/^(\d+) of/.exec(await ready.textContent())?.[1] ?? 0);
    const first = checklist.getByRole('checkbox').first();
    const wasChecked = await first.isChecked();
    await first.click();
    const after = before + (wasChecked ? -1 : 1);
    await (after === 0
      ? checklist.getByText('Tick each one as you get it ready.')
      : checklist.getByText(`${after} of`, { exact: false })
    ).waitFor();

    const coming = page.getByRole('region', { name: 'Coming up' });
    const shownDates = await coming.getByRole('list').first().getByRole('listitem').count();
    assert.ok(shownDates > 0 && shownDates <= PAGE, `coming up shows ${shownDates}`);
    expectNoErrors(page);
  });

  await t.test('on paper, long lists print every item', async (t) => {
    const page = await openWithLargePlan(browser, app, 'plan');
    t.after(() => page.context().close());
    const dates = itemsIn(page, 'All dates');
    const status = page.getByRole('region', { name: 'All dates' }).getByRole('status');
    const total = Number(/^Showing 20 of (\d+) dates\.$/.exec(await status.textContent())?.[1]);
    assert.ok(total > PAGE, `the large plan has ${total} dates`);
    assert.equal(await dates.count(), PAGE);
    // The written summary pages its lists on screen too.
    const brief = page.getByRole('region', { name: 'My plan in brief' });
    const briefGaps = brief
      .getByRole('heading', { name: 'Skill gaps', level: 3 })
      .locator('xpath=following-sibling::ul[1]')
      .getByRole('listitem');
    await brief.getByText(`Showing ${PAGE} of ${LARGE.skillGaps} skill gaps.`).waitFor();
    assert.equal(await briefGaps.count(), PAGE);

    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(
      (n) => document.querySelectorAll('#main section li.action').length >= n,
      total,
      { timeout: 20_000 },
    );
    assert.equal(await dates.count(), total);
    assert.equal(await briefGaps.count(), LARGE.skillGaps);
    // The last date is there too, not only a longer page.
    const last = await page.evaluate(() => [...document.querySelectorAll('#main li.action')].at(-1)?.textContent);
    assert.ok(last, 'the last date prints');

    // Back on screen, the list folds to its first page again.
    await page.emulateMedia({ media: 'screen' });
    await status.getByText(`Showing ${PAGE} of ${total} dates.`).waitFor();
    assert.equal(await dates.count(), PAGE);
    expectNoErrors(page);
  });
});
