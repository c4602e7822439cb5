// Guidance on a phone-sized screen: the day-one path from an empty app to "enough for
// today", nothing typed lost in any form, the writing exercise kept out of share links,
// and low moods answered. Elements are found by role and label.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import { SCREEN_HEADINGS, expectNoErrors, newPage, startAppAndBrowser } from './lib.mjs';

const PHONE = { width: 390, height: 844 };

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
}

/** Waits until the header says the plan is saved. */
async function saved(page) {
  await page.getByText('Saved on this device', { exact: true }).waitFor();
}

/** Opens a screen by its address, as a person following a bookmark would. */
async function open(page, url, slug, title) {
  await page.goto(`${url}#/${slug}`);
  await heading(page, title);
}

async function setup(t) {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: PHONE, hasTouch: true, isMobile: true });
  page.on('dialog', (d) => d.accept());
  return { app, page };
}

test('day one: from an empty app to "enough for today" in at most 15 taps', async (t) => {
  const { app, page } = await setup(t);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  let taps = 0;
  const tap = async (locator) => {
    taps += 1;
    await locator.click();
  };
  // Typing into a field costs the tap that focuses it.
  const type = async (locator, text) => {
    await tap(locator);
    await locator.fill(text);
  };

  await page.goto(app.url);
  await heading(page, /calm plan for after a job/);
  // Nothing recorded yet: no progress counter.
  assert.equal(await page.getByText(/of 6 steps done/).count(), 0);
  await type(page.getByLabel('Company', { exact: true }), 'Acme');
  await type(page.getByLabel('Role', { exact: true }), 'Product designer');
  await tap(page.getByRole('button', { name: 'Save and start my plan' }));

  // For today, straight after recording it.
  await heading(page, 'For today');
  assert.match(page.url(), /#\/today$/);
  // How they are first, then one good thing, then the request.
  await tap(page.getByLabel('3 · Okay', { exact: true }));
  await tap(page.getByRole('button', { name: 'Check in' }));
  await page.getByText(/Checked in for today/).waitFor();

  await tap(page.getByRole('button', { name: 'A walk with a friend' }));
  await tap(page.getByRole('button', { name: 'Plan it' }));
  await page.getByText(/Planned: A walk with a friend, tomorrow at 18:00/).waitFor();

  // The request goes out signed: the first copy asks for the name.
  await tap(page.getByRole('button', { name: 'Copy the request' }));
  await type(page.getByLabel('Your name (for the sign-off)', { exact: true }), 'Robin');
  await tap(page.getByRole('button', { name: 'Copy the request' }));
  await page.getByText('Copied.', { exact: false }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The request names the role and the company, in the subject and the body.
  assert.match(copied, /^Subject: Feedback on my application: Product designer at Acme\n/);
  assert.match(copied, /the Product designer role at Acme/);
  assert.match(copied, /Kind regards,\nRobin$/);
  await tap(page.getByRole('button', { name: 'I sent it' }));
  await page.getByText(/Request sent today/).waitFor();

  await page.getByRole('heading', { name: 'Enough for today' }).waitFor();
  await page.getByText(/Rebound will be useful again tomorrow/).waitFor();
  assert.ok(taps <= 15, `${taps} taps`);
  t.diagnostic(`${taps} taps`);

  // The day's work is in the plan; on the day of the no no step counter says so.
  assert.equal(await page.getByText(/of 6 steps done/).count(), 0);
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('rebound.plan') ?? '{}').plan?.rejections?.[0]?.request?.status === 'sent');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('rebound.plan')).plan);
  assert.equal(stored.rejections[0].request.status, 'sent');
  assert.equal(stored.fun.length, 1);
  assert.equal(stored.wellbeing.moods.length, 1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `For today overflows by ${overflow}px`);
  expectNoErrors(page);
});

test('text typed into every form survives moving away and reloading', async (t) => {
  const { app, page } = await setup(t);
  const label = (name) => page.getByLabel(name, { exact: true });

  // The first form, before anything is recorded.
  await page.goto(app.url);
  await heading(page, /calm plan for after a job/);
  await label('Company').fill('Draft Company');
  await label('Role').fill('Draft role');
  await saved(page);
  await open(page, app.url, 'about', 'About Rebound');
  await page.reload();
  await open(page, app.url, 'start', /calm plan for after a job/);
  assert.equal(await label('Company').inputValue(), 'Draft Company');
  assert.equal(await label('Role').inputValue(), 'Draft role');
  await page.getByRole('button', { name: 'Save and start my plan' }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();

  // Type into every other form, and press none of their buttons.
  const typed = [
    ['feedback', 'Get the most out of feedback', 'What did they say?', 'Draft feedback point'],
    ['feedback', 'Get the most out of feedback', 'Sent on', '2026-01-05'],
    ['feedback', 'Get the most out of feedback', 'Subject', 'My own subject line'],
    ['search', 'Refine your search', 'Your skills', 'Draft skills, SQL'],
    ['search', 'Refine your search', 'Role title', 'Draft target role'],
    ['search', 'Refine your search', 'Another change', 'Draft search change'],
    ['skills', 'Fill your skill gaps', 'Skill', 'Draft skill'],
    ['skills', 'Fill your skill gaps', 'If…', 'it is a draft morning'],
    ['fun', 'Do something fun', 'What will you do?', 'Draft fun plan'],
    ['fun', 'Do something fun', 'With whom', 'Draft friend'],
    ['positive', 'Stay positive', 'A word about it (optional)', 'Draft mood note'],
    ['positive', 'Stay positive', 'The thought', 'Draft harsh thought'],
    ['positive', 'Stay positive', 'A kinder, balanced view', 'Draft kinder view'],
    ['positive', 'Stay positive', 'Something that went well', 'Draft went well'],
    ['positive', 'Stay positive', 'If I get another no, then I will…', 'Draft setback plan'],
    ['next', 'Focus on the next job', 'Company', 'Draft employer'],
    ['next', 'Focus on the next job', 'Notes', 'Draft interview notes'],
    ['next', 'Focus on the next job', 'If…', 'it is a draft Monday'],
  ];
  for (const [slug, title, name, text] of typed) {
    await open(page, app.url, slug, title);
    await label(name).fill(text);
  }
  // An edited feedback request is kept too, instead of the suggested text.
  await open(page, app.url, 'feedback', 'Get the most out of feedback');
  const request = page.getByRole('textbox', { name: 'Your request' });
  await request.fill(`${await request.inputValue()}\n\nP.S. My own words.`);
  await page.getByText('You have edited this request').waitFor();
  await saved(page);

  // Away, and back after a reload: every field still holds what was typed.
  await open(page, app.url, 'about', 'About Rebound');
  await page.reload();
  await heading(page, 'About Rebound');
  for (const [slug, title, name, text] of typed) {
    await open(page, app.url, slug, title);
    assert.equal(await label(name).inputValue(), text, `${slug}: ${name}`);
  }
  await open(page, app.url, 'feedback', 'Get the most out of feedback');
  assert.match(await request.inputValue(), /P\.S\. My own words\.$/);

  // Saving a form lets its draft go: the field is empty again, after a reload too.
  await open(page, app.url, 'positive', 'Stay positive');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('listitem').filter({ hasText: 'Draft went well' }).waitFor();
  assert.equal(await label('Something that went well').inputValue(), '');
  await saved(page);
  await page.reload();
  await heading(page, 'Stay positive');
  assert.equal(await label('Something that went well').inputValue(), '');
  assert.equal(await label('The thought').inputValue(), 'Draft harsh thought');
  expectNoErrors(page);
});

/** The share-form JSON inside a link: base64url, then zlib. */
function decodeLink(link) {
  const data = link.split(/#plan=\d+\./)[1];
  return inflateSync(Buffer.from(data, 'base64url')).toString('utf8');
}

test('the writing exercise is kept on the device and never goes into a share link; the share screen says what a link contains', async (t) => {
  const { app, page } = await setup(t);
  const label = (name) => page.getByLabel(name, { exact: true });
  await page.goto(app.url);
  await heading(page, /calm plan for after a job/);
  await label('Company').fill('Initech');
  await label('Role').fill('Analyst');
  await page.getByRole('button', { name: 'Save and start my plan' }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();

  await open(page, app.url, 'positive', 'Stay positive');
  const section = page.getByRole('region', { name: 'Write it out' });
  await section.getByText(/Today is session 1 of up to 4/).waitFor();
  await section.getByRole('button', { name: '15 minutes' }).click();
  await section.getByRole('timer').filter({ hasText: 'About 15 minutes left' }).waitFor();
  await section.getByRole('button', { name: 'Stop the timer' }).click();
  const secret = 'Private words about how the rejection from Initech felt';
  await section.getByLabel("Today's writing", { exact: true }).fill(secret);
  await saved(page);
  await page.reload();
  await heading(page, 'Stay positive');
  assert.equal(await page.getByLabel("Today's writing", { exact: true }).inputValue(), secret);

  // What went well and the setback plan are private like the rest of Stay positive.
  await page.getByLabel('Something that went well', { exact: true }).fill('Good rapport with the panel');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByLabel('If I get another no, then I will…', { exact: true }).fill('call my sister');
  await page.getByRole('button', { name: 'Save my plan' }).click();
  await page.getByText('Saved.', { exact: true }).waitFor();

  // The share screen says what a link contains before it is sent.
  await open(page, app.url, 'share', 'Share and back up');
  const box = page.getByRole('textbox', { name: 'Your share link' });
  const contains = page.getByRole('heading', { name: 'This link contains' }).locator('..');
  await contains.getByText('the companies and roles you recorded', { exact: false }).waitFor();
  await contains.getByText(/^Left out: .*what went well; your setback plan; your writing\.$/).waitFor();
  let json = decodeLink(await box.inputValue());
  assert.match(json, /Initech/);
  assert.doesNotMatch(json, /Good rapport|call my sister|Private words/);

  // Every private part ticked: the writing still stays out.
  for (const check of await page.getByRole('group', { name: /Private parts/ }).getByRole('checkbox').all()) {
    await check.check();
  }
  await contains.getByText('your plan for the next setback').waitFor();
  await contains.getByText(/^Left out: your writing\.$/).waitFor();
  json = decodeLink(await box.inputValue());
  assert.match(json, /Good rapport/);
  assert.match(json, /call my sister/);
  assert.doesNotMatch(json, /Private words/);
  expectNoErrors(page);
});

function isoDaysAgo(days) {
  const d = new Date();
  d.setDate(d.getDate() - days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

test('a low check-in gets one small step, and several low days bring a calm note', async (t) => {
  const { app, page } = await setup(t);
  // Two low days in the last two weeks, and a good one.
  const record = {
    format: 2,
    revision: 1,
    saved_at: '2026-01-01T00:00:00Z',
    folded: [],
    plan: {
      wellbeing: {
        moods: [
          { date: isoDaysAgo(9), mood: 2 },
          { date: isoDaysAgo(5), mood: 4 },
          { date: isoDaysAgo(2), mood: 1 },
        ],
      },
    },
  };
  await page.goto(app.url);
  await page.evaluate((text) => localStorage.setItem('rebound.plan', text), JSON.stringify(record));
  await page.goto('about:blank');
  await open(page, app.url, 'positive', 'Stay positive');
  const checkIn = page.getByRole('region', { name: 'How are you today?' });
  assert.equal(await checkIn.getByRole('note').count(), 0, 'two low days: no note yet');

  await checkIn.getByLabel('1 · Very low', { exact: true }).check();
  await checkIn.getByRole('button', { name: 'Check in' }).click();
  await checkIn.getByText('Thank you for saying how it really is.').waitFor();
  await checkIn.getByText(/^One small thing for today:/).waitFor();
  assert.equal(await checkIn.getByText('Thank you for noticing how you feel').count(), 0);

  // A very low day is met at once with words for getting support now.
  const supportNow = checkIn.getByRole('note', { name: /a day like this alone/ });
  await supportNow.getByText('If you might not be safe, call your local emergency number now.').waitFor();

  // The third low day in two weeks brings the note, with a helpline link to open.
  const note = checkIn.getByRole('note', { name: /several low days/ });
  await note.getByText(/several low days in the last two weeks/).waitFor();
  await note.getByText(/your doctor, or with someone you trust/).waitFor();
  const link = note.getByRole('link', { name: 'findahelpline.com' });
  assert.equal(await link.getAttribute('href'), 'https://findahelpline.com/');
  assert.match(await link.getAttribute('rel'), /noopener/);

  // A better day today: no small step, and the note stays while the low days are recent.
  await checkIn.getByLabel('4 · Good', { exact: true }).check();
  await checkIn.getByRole('button', { name: 'Check in' }).click();
  await checkIn.getByText('Thank you for noticing how you feel.').waitFor();
  assert.equal(await checkIn.getByText(/^One small thing for today:/).count(), 0);
  assert.equal(await checkIn.getByRole('note').count(), 0, 'two low days again: the note goes');
  expectNoErrors(page);
});

/** A plan with one rejection recorded today, as it stands on the day of the no. */
async function withRejectionToday(page, app) {
  const record = {
    format: 2,
    revision: 1,
    saved_at: '2026-01-01T00:00:00Z',
    folded: [],
    plan: {
      rejections: [{ id: 1, company: 'Acme', role: 'Designer', stage: 'interview', date: isoDaysAgo(0), channel: 'email' }],
    },
  };
  await page.goto(app.url);
  await page.evaluate((text) => localStorage.setItem('rebound.plan', text), JSON.stringify(record));
  await page.goto('about:blank');
}

/** On the day of the no, checks in on For today with the mood labelled `mood`. */
async function checkInToday(t, mood) {
  const { app, page } = await setup(t);
  await withRejectionToday(page, app);
  await open(page, app.url, 'today', 'For today');
  const checkIn = page.getByRole('region', { name: 'How are you today?' });
  await checkIn.getByLabel(mood, { exact: true }).check();
  await checkIn.getByRole('button', { name: 'Check in' }).click();
  return { page, checkIn };
}

test('a very low check-in on For today is met at once with words for getting support now', async (t) => {
  const { page, checkIn } = await checkInToday(t, '1 · Very low');

  const support = checkIn.getByRole('note', { name: /a day like this alone/ });
  await support.getByText(/Tell someone you trust how you are, today/).waitFor();
  await support.getByText('If you might not be safe, call your local emergency number now.').waitFor();
  await support.getByText(/free, confidential helpline in your country/).waitFor();
  const link = support.getByRole('link', { name: 'findahelpline.com' });
  assert.equal(await link.getAttribute('href'), 'https://findahelpline.com/');
  assert.match(await link.getAttribute('rel'), /noopener/);
  // Under the small step, which comes first.
  const step = checkIn.getByText(/^One small thing for today:/);
  const [stepBox, supportBox] = [await step.boundingBox(), await support.boundingBox()];
  assert.ok(stepBox.y < supportBox.y, 'the support words sit under the small step');
  expectNoErrors(page);
});

test('a low (not very low) check-in gets the small step without the support words', async (t) => {
  const { page, checkIn } = await checkInToday(t, '2 · Low');
  await checkIn.getByText(/^One small thing for today:/).waitFor();
  assert.equal(await checkIn.getByRole('note').count(), 0);
  expectNoErrors(page);
});

test('"Need to talk to someone?" is at the foot of every screen and on About, and leads to the words', async (t) => {
  const { app, page } = await setup(t);
  await withRejectionToday(page, app);
  for (const [slug, title] of [['start', 'What happened'], ...SCREEN_HEADINGS]) {
    await open(page, app.url, slug, title);
    const link = page.getByRole('contentinfo').getByRole('link', { name: 'Need to talk to someone?' });
    assert.equal(await link.count(), 1, `the footer of #/${slug} has the link`);
  }
  await open(page, app.url, 'about', 'About Rebound');
  await page.getByRole('main').getByRole('link', { name: 'Need to talk to someone?' }).click();
  await heading(page, 'Need to talk to someone?');
  await page.getByText('If you might not be safe, call your local emergency number now.').waitFor();

  await open(page, app.url, 'skills', 'Fill your skill gaps');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Need to talk to someone?' }).click();
  await heading(page, 'Need to talk to someone?');
  await page.getByText(/Tell someone you trust how you are, today/).waitFor();
  // Back where they were with one step back.
  await page.goBack();
  await heading(page, 'Fill your skill gaps');
  expectNoErrors(page);
});

test('no guilt: a past fun plan asks whether it happened, and passed dates are no warnings', async (t) => {
  const { app, page } = await setup(t);
  const yesterday = isoDaysAgo(1);
  const record = {
    format: 2,
    revision: 1,
    saved_at: '2026-01-01T00:00:00Z',
    folded: [],
    plan: {
      rejections: [{ id: 1, company: 'Acme', role: 'Designer', stage: 'interview', date: isoDaysAgo(3), channel: 'email' }],
      skill_gaps: [
        {
          id: 2, skill: 'Figma', category: 'technical', priority: 'medium', current_level: 1, target_level: 3,
          method: 'practice', target_date: isoDaysAgo(2), status: 'not_started',
        },
      ],
      fun: [{ id: 3, what: 'Cinema', with_whom: 'Jo', when: `${yesterday}T19:00:00` }],
      next_id: 3,
    },
  };
  await page.goto(app.url);
  await page.evaluate((text) => localStorage.setItem('rebound.plan', text), JSON.stringify(record));
  await page.goto('about:blank');

  await open(page, app.url, 'plan', 'My plan');
  const main = page.getByRole('main');
  await main.getByText(/did it happen\? Say how it went/).first().waitFor();
  await main.getByText(/date passed: move it when you're ready/).first().waitFor();
  assert.equal(await main.getByText(/past its date/i).count(), 0);

  await open(page, app.url, 'skills', 'Fill your skill gaps');
  await page.getByText('past the date you set', { exact: false }).waitFor();
  assert.equal(await page.getByText(/^0$/).count(), 0, 'no zero counts');

  await open(page, app.url, 'fun', 'Do something fun');
  const card = page.getByRole('listitem').filter({ hasText: 'Cinema with Jo' });
  await card.getByText('Did it happen? If it did, say how it was.').waitFor();
  await card.getByRole('button', { name: 'It happened: Cinema with Jo' }).click();
  await card.getByLabel('4 · Good', { exact: true }).check();
  await card.getByRole('button', { name: 'Save and mark done' }).click();
  await card.getByText('Noted. Something good happened this week, and it counts.').waitFor();
  await card.getByText('Mood after: Good').waitFor();
  expectNoErrors(page);
});
