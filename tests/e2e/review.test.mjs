// A second opinion with no server: the owner shares, a reviewer reviews in another browser
// (comments, suggestions, a note), leaves and comes back, sends the review as a link; the
// owner opens it, accepts some suggestions, declines others, keeps comments, reloads,
// opens the same reply again (nothing twice) and a second reviewer's reply.

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { expectNoErrors, pageWithDialogs, startAppAndBrowser } from './lib.mjs';

const PHONE = { width: 390, height: 844 };
const XSS = '<img src=x onerror=alert(1)>';

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
}

/** One person: a phone-sized page in a browser context of their own (its own storage). */
const person = (browser) => pageWithDialogs(browser, { viewport: PHONE });

async function ownerPlan(page, url) {
  await page.goto(url);
  await heading(page, /calm plan for after a job/);
  await page.getByLabel('Company', { exact: true }).fill('Northwind');
  await page.getByLabel('Role', { exact: true }).fill('Data analyst');
  await page.getByRole('button', { name: 'Save and start my plan' }).click();
  await heading(page, 'For today');
  await page.goto(`${url}#/feedback`);
  await heading(page, 'Get the most out of feedback');
  await page.getByLabel('Your name (for the sign-off)', { exact: true }).fill('Robin');
  await page.getByLabel('What did they say?', { exact: true }).fill('Practise the case study');
  await page.getByRole('button', { name: 'Add feedback' }).click();
  await page.getByRole('button', { name: 'Make it a skill gap' }).click();
  await page.getByRole('link', { name: /Skill gap: Practise the case study/ }).waitFor();
}

async function shareLinkOf(page, url) {
  await page.goto(`${url}#/share`);
  await heading(page, 'Share and back up');
  const link = await page.getByRole('textbox', { name: 'Your share link' }).inputValue();
  assert.match(link, /#plan=2\./);
  return link;
}

async function suggest(page, kind, what, extra = async () => {}) {
  await page.getByLabel('What kind of suggestion').selectOption({ label: kind });
  const field = {
    'A skill gap to close': 'Skill',
    'A role to aim at': 'Role title',
    'A change to their search': 'The change',
    'Something to prepare for interviews': 'What to prepare',
  }[kind];
  await page.getByLabel(field, { exact: true }).fill(what);
  await extra();
  await page.getByRole('button', { name: 'Add suggestion' }).click();
  await page.getByRole('list', { name: 'Your suggestions' }).getByText(what, { exact: false }).waitFor();
}

/** The reviewer opens the shared link and starts a review. */
async function startReview(page, link) {
  await page.goto(link);
  await heading(page, 'A plan to open');
  await page.getByRole('button', { name: 'Review this plan' }).click();
  await heading(page, 'Robin’s plan');
  assert.doesNotMatch(page.url(), /plan=/);
  // Their own plan is untouched: nothing was stored under it.
  assert.equal(await page.evaluate(() => localStorage.getItem('rebound.plan')), null);
}

async function sendReview(page) {
  await page.getByRole('button', { name: 'Send my review' }).click();
  const reply = await page.getByRole('textbox', { name: 'Your review link' }).inputValue();
  assert.match(reply, /#review=1\./);
  await page.getByText('Show a QR code').click();
  await page.getByRole('img', { name: 'QR code of your review link' }).waitFor();
  return reply;
}

/**
 * A reviewer opens `link`, suggests `what` as `kind`, signs with `name` (none when
 * empty) and sends the review: the reviewer, and their reply link.
 */
async function reviewBack(browser, link, kind, what, name = '') {
  const reviewer = await person(browser);
  await startReview(reviewer.page, link);
  await suggest(reviewer.page, kind, what);
  if (name) await reviewer.page.getByLabel('Your name', { exact: true }).fill(name);
  // The name, a draft, is kept after a pause; the review goes with what was kept.
  await reviewer.page.waitForTimeout(300);
  return { reviewer, reply: await sendReview(reviewer.page) };
}

const SHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');

/** A screenshot for the README's tour, with `locator` at the top of the picture. */
async function shot(page, name, locator) {
  mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() => document.activeElement?.blur());
  await locator.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(SHOTS, name) });
}

const suggestionRow = (page, text) => page.getByRole('listitem').filter({ hasText: text });

test('a mentor reviews a shared plan and the owner takes in the review', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);

  const owner = await person(browser);
  await ownerPlan(owner.page, app.url);
  const link = await shareLinkOf(owner.page, app.url);

  // --- The reviewer -------------------------------------------------------------------
  const sam = await person(browser);
  await startReview(sam.page, link);
  await sam.page.getByRole('textbox', { name: 'Comment on: Data analyst at Northwind' }).fill('A final round is a real achievement: they saw something in you.');
  await sam.page.getByRole('textbox', { name: 'Comment on: Practise the case study' }).first().fill('Ask them which part of the case felt thin.');
  // Review text is only ever text: this one arrives as the characters typed.
  await sam.page.getByRole('textbox', { name: /^Comment on: / }).last().fill(`Bring this to the interview. ${XSS}`);
  await suggest(sam.page, 'A skill gap to close', 'SQL window functions', async () => {
    await sam.page.getByLabel('How to build it').selectOption({ label: 'Course' });
    await sam.page.getByLabel('How you would close the gap').fill('Two evenings of exercises');
  });
  await suggest(sam.page, 'A role to aim at', 'Analytics engineer');
  await suggest(sam.page, 'Something to prepare for interviews', 'Rehearse the dashboard story');
  await sam.page.getByLabel('A note for them', { exact: true }).fill('You are closer than it feels. Start with the case study.');
  await sam.page.getByLabel('Your name', { exact: true }).fill('Sam');
  // Typed text is saved as it is typed: closing the tab loses none of it.
  await sam.page.waitForTimeout(300);
  const samContext = sam.page.context();
  await sam.page.close();

  const back = await samContext.newPage();
  await back.goto(app.url);
  await back.getByRole('link', { name: 'Reviewing' }).click();
  await heading(back, 'Reviewing a plan');
  await back.getByRole('link', { name: 'Robin’s plan' }).click();
  await heading(back, 'Robin’s plan');
  assert.match(
    await back.getByRole('textbox', { name: 'Comment on: Data analyst at Northwind' }).inputValue(),
    /real achievement/,
  );
  assert.equal(await back.getByLabel('Your name', { exact: true }).inputValue(), 'Sam');
  assert.equal(await back.getByRole('list', { name: 'Your suggestions' }).getByRole('listitem').count(), 3);
  await shot(back, '8-reviewing.png', back.getByRole('heading', { name: 'The plan, read-only, with your comments' }));
  const reply = await sendReview(back);
  assert.ok(reply.length <= 2000, `reply link is ${reply.length} characters`);
  // The reviewer's own plan stays empty.
  assert.equal(await back.evaluate(() => localStorage.getItem('rebound.plan')), null);

  // --- The owner ----------------------------------------------------------------------
  const page = owner.page;
  const storedBefore = await page.evaluate(() => localStorage.getItem('rebound.plan'));
  await page.goto(reply);
  await heading(page, 'Sam reviewed your plan');
  await page.getByText('Nothing in your plan changes until you choose below.').waitFor();
  await page.getByText('You are closer than it feels.').waitFor();
  // The comment's HTML is text, and nothing of it runs.
  await page.getByText(XSS, { exact: false }).waitFor();
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  await page.waitForTimeout(600);
  assert.equal(await page.evaluate(() => localStorage.getItem('rebound.plan')), storedBefore);

  await suggestionRow(page, 'real achievement').getByRole('button', { name: 'Keep' }).click();
  await page.getByText('Kept on its card.').waitFor();
  assert.match(page.url(), /#\/reviews\/[0-9a-f]{32}$/);
  await suggestionRow(page, 'which part of the case').getByRole('button', { name: 'Let go' }).click();
  await page.getByText('Let go.').waitFor();
  await suggestionRow(page, 'SQL window functions').getByRole('button', { name: 'Accept', exact: true }).click();
  await suggestionRow(page, 'Analytics engineer').getByRole('button', { name: 'Decline' }).click();
  await suggestionRow(page, 'Rehearse the dashboard story').getByRole('button', { name: 'Accept', exact: true }).click();
  await page.getByText('Declined.').waitFor();
  assert.equal(await page.getByText('Accepted: it is in your plan.').count(), 2);
  await shot(page, '9-review-received.png', page.getByRole('heading', { level: 1 }));

  await page.waitForTimeout(600);
  await page.reload();
  await heading(page, 'Sam reviewed your plan');
  assert.equal(await page.getByText('Accepted: it is in your plan.').count(), 2);
  await page.getByText('Declined.').waitFor();

  await page.goto(`${app.url}#/skills`);
  await heading(page, 'Fill your skill gaps');
  const gap = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'SQL window functions' }) });
  await gap.getByText('Suggested by Sam').waitFor();
  await page.goto(`${app.url}#/feedback`);
  await heading(page, 'Get the most out of feedback');
  await page.getByRole('list', { name: 'Comments from reviews' }).getByText('Sam: A final round is a real achievement', { exact: false }).waitFor();
  await page.goto(`${app.url}#/next`);
  await heading(page, 'Focus on the next job');
  await page.getByRole('checkbox', { name: 'Rehearse the dashboard story' }).waitFor();
  await page.goto(`${app.url}#/search`);
  await heading(page, 'Refine your search');
  assert.equal(await page.getByRole('heading', { name: 'Analytics engineer' }).count(), 0);

  // The same reply again: shown as received, nothing added twice.
  const gapsBefore = await page.evaluate(() => JSON.parse(localStorage.getItem('rebound.plan')).plan.skill_gaps.length);
  await page.goto(reply);
  await heading(page, 'Sam reviewed your plan');
  await page.getByText(/^Received /).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Accept', exact: true }).count(), 0);
  await page.waitForTimeout(600);
  const after = await page.evaluate(() => JSON.parse(localStorage.getItem('rebound.plan')).plan);
  assert.equal(after.skill_gaps.length, gapsBefore);
  assert.equal(after.reviews.length, 1);

  // --- A second reviewer --------------------------------------------------------------
  const { reviewer: alex, reply: secondReply } = await reviewBack(
    browser,
    link,
    'A change to their search',
    'Look at smaller teams too',
    'Alex',
  );

  await page.goto(secondReply);
  await heading(page, 'Alex reviewed your plan');
  await suggestionRow(page, 'Look at smaller teams too').getByRole('button', { name: 'Accept', exact: true }).click();
  await page.getByText('Accepted: it is in your plan.').waitFor();
  await page.goto(`${app.url}#/plan`);
  await heading(page, 'My plan');
  const reviews = page.getByRole('region', { name: 'Reviews of your plan' });
  await reviews.getByRole('link', { name: 'From Sam' }).waitFor();
  await reviews.getByText('2 of 3 suggestions accepted', { exact: false }).waitFor();
  await reviews.getByRole('link', { name: 'From Alex' }).waitFor();
  await reviews.getByText('1 of 1 suggestion accepted', { exact: false }).waitFor();

  // A reply for a plan that is not on this device says so and changes nothing.
  const stranger = await person(browser);
  await stranger.page.goto(reply);
  await heading(stranger.page, 'A review of your plan');
  await stranger.page.getByText(/This review is for a plan that isn.t on this device/).waitFor();
  await stranger.page.getByText('Your own plan has not been changed.').waitFor();
  assert.equal(await stranger.page.evaluate(() => localStorage.getItem('rebound.plan')), null);

  for (const who of [owner, alex, stranger]) {
    assert.equal(who.dialogs.length, 0, `dialogs opened: ${who.dialogs}`);
    expectNoErrors(who.page);
  }
  expectNoErrors(back);
});

test('a damaged reply link says why and changes nothing', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const owner = await person(browser);
  await ownerPlan(owner.page, app.url);
  const before = await owner.page.evaluate(() => localStorage.getItem('rebound.plan'));
  for (const [fragment, message] of [
    ['#review=1.', /cut short/],
    ['#review=9.eJw', /newer version of Rebound/],
    ['#review=1.eJw!!!', /characters that don't belong/],
  ]) {
    await owner.page.goto(`${app.url}${fragment}`);
    await heading(owner.page, 'A review of your plan');
    await owner.page.getByRole('alert').filter({ hasText: message }).waitFor();
    await owner.page.getByText('Your own plan has not been changed.').waitFor();
  }
  assert.equal(await owner.page.evaluate(() => localStorage.getItem('rebound.plan')), before);
  expectNoErrors(owner.page);
});

// The screen shows the review its address names, and nothing else: a reply held on screen
// (not received yet, or refused) is dropped once the address moves on.
test('a review opened from My plan is that review, after a held reply or a refused one', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const owner = await person(browser);
  const page = owner.page;
  await ownerPlan(page, app.url);
  const link = await shareLinkOf(page, app.url);
  const replyFrom = async (name, change) =>
    (await reviewBack(browser, link, 'A change to their search', change, name)).reply;
  const samReply = await replyFrom('Sam', 'Look at larger teams too');
  const alexReply = await replyFrom('Alex', 'Look at smaller teams too');

  await page.goto(samReply);
  await heading(page, 'Sam reviewed your plan');
  await page.getByRole('button', { name: 'Keep this review and decide later' }).click();
  await page.getByText(/^Received /).waitFor();

  const openSamFromPlan = async () => {
    await heading(page, 'My plan');
    await page.getByRole('region', { name: 'Reviews of your plan' }).getByRole('link', { name: 'From Sam' }).click();
    await heading(page, 'Sam reviewed your plan');
    assert.match(page.url(), /#\/reviews\/[0-9a-f]{32}$/);
    await suggestionRow(page, 'Look at larger teams too').waitFor();
    assert.equal(await page.getByText('Look at smaller teams too').count(), 0, "Alex's suggestion is not shown");
    assert.equal(await page.getByRole('alert').count(), 0, 'no refusal from before is shown');
  };

  // Alex's reply, put off with "Not now".
  await page.goto(alexReply);
  await heading(page, 'Alex reviewed your plan');
  await page.getByRole('link', { name: 'Not now' }).click();
  await openSamFromPlan();

  // A damaged reply, then "Go to my plan".
  await page.goto(`${app.url}#review=1.`);
  await heading(page, 'A review of your plan');
  await page.getByRole('alert').filter({ hasText: /cut short/ }).waitFor();
  await page.getByRole('link', { name: 'Go to my plan' }).click();
  await openSamFromPlan();
  expectNoErrors(page);
});

// A reviewer who leaves their name empty gets sentences of their own, not "your reviewer"
// put where a name goes: German changes its form there ("Von deiner Vertrauensperson").
test('in German, a review sent without a name reads as a sentence of its own', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const owner = await person(browser);
  const page = owner.page;
  await ownerPlan(page, app.url);
  const link = await shareLinkOf(page, app.url);

  const { reviewer: nobody, reply: unsignedReply } = await reviewBack(
    browser,
    link,
    'A skill gap to close',
    'SQL window functions',
  );
  const { reviewer: alex, reply: signedReply } = await reviewBack(
    browser,
    link,
    'A change to their search',
    'Look at smaller teams too',
    'Alex',
  );

  await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Deutsch' });
  await heading(page, 'Teilen und sichern');
  for (const [reply, title, suggestion] of [
    [unsignedReply, 'Dein Plan wurde kommentiert', 'SQL window functions'],
    [signedReply, 'Alex hat deinen Plan kommentiert', 'Look at smaller teams too'],
  ]) {
    await page.goto(reply);
    await heading(page, title);
    await suggestionRow(page, suggestion).getByRole('button', { name: 'Annehmen', exact: true }).click();
    await page.getByText('Angenommen: Es ist jetzt in deinem Plan.').waitFor();
  }

  // The words are written out here, not read from de.ftl: the test holds the promise.
  await page.goto(`${app.url}#/plan`);
  await heading(page, 'Mein Plan');
  const reviews = page.getByRole('region', { name: 'Rückmeldungen zu deinem Plan' });
  await reviews.getByRole('link', { name: 'Von deiner Vertrauensperson', exact: true }).waitFor();
  await reviews.getByRole('link', { name: 'Von Alex', exact: true }).waitFor();
  assert.equal(await reviews.getByRole('link').count(), 2);

  await page.goto(`${app.url}#/skills`);
  await heading(page, 'Lücken schließen');
  const gap = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'SQL window functions' }) });
  await gap.getByText('Vorgeschlagen von deiner Vertrauensperson', { exact: true }).waitFor();
  assert.equal(await page.getByText(/Deine Vertrauensperson/).count(), 0);

  for (const who of [owner, nobody, alex]) {
    assert.equal(who.dialogs.length, 0, `dialogs opened: ${who.dialogs}`);
    expectNoErrors(who.page);
  }
});
