// Honest words: About says at the top that Rebound borrows ideas from studies and has not
// itself been tested, and who those studies followed; each finding says no more than its
// source (the JOBS II result is about depressive symptoms after a later job loss, not about
// motivation; Spera et al. was small); every statistic has a plain gloss beside it. A
// reviewer is asked for a kind tone where they write, and the fun ideas include free ones.
// On a phone, finding things by role and label.

import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { expectNoErrors, newPage, startAppAndBrowser } from './lib.mjs';

const PHONE = { width: 390, height: 844 };
const AXE = path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
}

/** The text of a locator with its white space folded. */
async function text(locator) {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

/** The items of the list of findings, as text. */
async function findings(page) {
  const research = page.getByRole('region', { name: 'The research behind the steps' });
  return Promise.all((await research.getByRole('listitem').all()).map(text));
}

test('About opens by saying Rebound is untested and who the studies followed', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: PHONE });
  await page.goto(`${app.url}#/about`);
  await heading(page, 'About Rebound');

  const lead = await text(page.getByRole('main').locator('header.screen-header').getByRole('paragraph'));
  assert.match(lead, /borrow ideas from the studies/);
  assert.match(lead, /Rebound itself has not been tested/);

  // The first section, straight after the opening, names who was studied.
  const first = page.getByRole('main').getByRole('region').first();
  assert.equal(await text(first.getByRole('heading', { level: 2 })), 'Who the studies followed');
  const who = await text(first);
  assert.match(who, /lost a job or were out of work/);
  assert.match(who, /programmes run by trainers/);
  const studied = await Promise.all((await first.getByRole('listitem').all()).map(text));
  assert.deepEqual(
    studied.map((s) => s.split(':')[0]),
    [
      'Writing about a job loss',
      'The Michigan JOBS trials',
      'The review of 47 job-search programmes',
      'The review of 20 trials of pleasant activities',
      'The review of if-then plans',
    ],
  );
  assert.match(studied[0], /63 professionals who had been laid off/);
  assert.match(studied[1], /unemployed people in group sessions led by trainers/);
  assert.match(studied[2], /most of them led by trainers/);
  assert.match(studied[3], /over several weeks/);
  assert.match(studied[4], /not job seekers in particular/);
  expectNoErrors(page);
});

test('About: each finding says only what its source found, with who took part', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: PHONE });
  await page.goto(`${app.url}#/about`);
  await heading(page, 'About Rebound');
  const items = await findings(page);
  const of = (re) => {
    const found = items.filter((i) => re.test(i));
    assert.equal(found.length, 1, `one finding matching ${re}, in:\n${items.join('\n')}`);
    return found[0];
  };

  // JOBS II: depressive symptoms after a later job loss; no word of motivation kept.
  const jobs2 = of(/JOBS II/);
  assert.match(jobs2, /rehearsed how they would cope with setbacks/);
  assert.match(jobs2, /later lost a new job had fewer signs of depression \(depressive symptoms\)/);
  assert.match(jobs2, /Vinokur & Schul \(1997\), Journal of Consulting and Clinical Psychology/);
  // The motivation result is the whole programme's, among people still looking.
  const caplan = of(/Caplan/);
  assert.match(caplan, /still looking for work.*programme as a whole raised their motivation/);
  assert.match(caplan, /Journal of Applied Psychology/);
  const page_ = await text(page.getByRole('main'));
  assert.doesNotMatch(page_, /protect/i, 'nothing on About says a finding protected anyone');
  assert.doesNotMatch(page_, /inoculat/i);

  // Spera et al.: small, 63 people, one comparison group not random, attitudes not effort.
  const spera = of(/Spera/);
  assert.match(spera, /Who took part: 63 professionals who had been laid off, in a small study/);
  assert.match(spera, /not formed by random assignment/);
  assert.match(spera, /did not apply for more jobs than the others; their attitudes changed/);

  // Liu et al.: odds, never "more likely"; structured, mostly trainer-led programmes.
  assert.doesNotMatch(page_, /more likely/i);
  for (const item of items.filter((i) => /Liu, Huang & Wang/.test(i))) {
    assert.match(item, /Who took part: people looking for work, in structured programmes, most of them led by trainers/);
  }
  // Pleasant activities: programmes over weeks.
  assert.match(of(/Mazzucchelli/), /Who took part: people in programmes of pleasant activities that ran over several weeks/);

  // Every finding says who took part.
  for (const item of items) assert.match(item, /Who took part: /, item);
  expectNoErrors(page);
});

test('About: every statistic has a plain gloss beside it', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: PHONE });
  await page.goto(`${app.url}#/about`);
  await heading(page, 'About Rebound');
  const items = await findings(page);
  const glosses = {
    'g = 0.52': /In plain words: a medium effect\. .*about 7 in 10 people in the comparison groups/,
    'd = 0.65': /In plain words: a medium to large effect\. .*about 3 in 4 people who did not/,
    'odds ratio': /In plain words: odds set the people who found work against those who did not\. .*about 73 in 100 participants finding work, instead of 50 in 100/,
  };
  for (const [stat, gloss] of Object.entries(glosses)) {
    const found = items.filter((i) => i.includes(stat));
    assert.equal(found.length, 1, `one finding with ${stat}`);
    assert.match(found[0], gloss, `the gloss beside ${stat}`);
  }
  // No statistic anywhere else on the page goes without one.
  const all = await text(page.getByRole('main'));
  assert.equal(all.match(/\b[gd] = \d/g)?.length, 2);
  assert.equal(all.match(/odds ratio/g)?.length, 1);
  expectNoErrors(page);
});

test('the reviewing screen asks for a kind tone where the review is written', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const owner = await newPage(browser, { viewport: PHONE });
  await owner.goto(app.url);
  await heading(owner, /calm plan for after a job/);
  await owner.getByLabel('Company', { exact: true }).fill('Northwind');
  await owner.getByLabel('Role', { exact: true }).fill('Data analyst');
  await owner.getByRole('button', { name: 'Save and start my plan' }).click();
  await heading(owner, 'For today');
  await owner.goto(`${app.url}#/share`);
  await heading(owner, 'Share and back up');
  const link = await owner.getByRole('textbox', { name: 'Your share link' }).inputValue();

  // The reviewer, in a browser of their own (axe is injected, so the CSP is bypassed).
  const reviewer = await newPage(browser, { viewport: PHONE, bypassCSP: true });
  await reviewer.goto(link);
  await heading(reviewer, 'A plan to open');
  await reviewer.getByRole('button', { name: 'Review this plan' }).click();
  await heading(reviewer, /^A plan$/);
  const note = reviewer.getByRole('note', { name: 'Before you write' });
  const words = await text(note);
  assert.match(words, /has just been turned down for a job/);
  assert.match(words, /Start with what is going well/);
  assert.match(words, /suggest one to three things/);
  assert.match(words, /private things.*leave those alone/);
  // Near the top: before the first place to write anything.
  const [noteTop, formTop] = await Promise.all([
    note.evaluate((el) => el.getBoundingClientRect().top),
    reviewer.getByRole('textbox').first().evaluate((el) => el.getBoundingClientRect().top),
  ]);
  assert.ok(noteTop < formTop, 'the note comes before the first text box');

  await reviewer.addScriptTag({ path: AXE });
  const violations = await reviewer.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }).then((r) => r.violations.map((v) => v.id)),
    TAGS,
  );
  assert.deepEqual(violations, [], 'axe on the reviewing screen');
  expectNoErrors(owner);
  expectNoErrors(reviewer);
});

test('the fun ideas include free ones and something that matters', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: PHONE });
  await page.goto(`${app.url}#/fun`);
  await heading(page, 'Do something fun');
  await page.getByText('Ideas, most of them free. Tap one, then make it your own:').waitFor();
  for (const idea of ['A walk with a friend', 'Call someone you like', 'Something you are good at', 'Something that matters to you']) {
    await page.getByRole('button', { name: idea, exact: true }).click();
    assert.equal(await page.getByLabel('What will you do?', { exact: true }).inputValue(), idea);
  }
  const chips = await page.locator('.suggestions').getByRole('button').count();
  assert.ok(chips >= 6 && chips <= 8, `a short list of ideas (${chips})`);
  expectNoErrors(page);
});
