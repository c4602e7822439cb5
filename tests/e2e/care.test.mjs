// Care on the worst day, on a phone-sized screen, each promise on its own:
//
//   - For today asks how the person is first, then one good thing, then the feedback
//     request (in the next day or two), with no step counter;
//   - a request with no name in it asks for the name before it is copied or opened;
//   - words fit the stage reached, and a ghosted no has its own;
//   - what feedback can become depends on what it is about (a decision that was theirs,
//     culture fit, pay), and a hunch stays a hunch (checklist, patterns);
//   - several noes are said to be normal, and three at one stage suggest a person;
//   - the fairness line and the Stoic line (below the form, with its source);
//   - the writing exercise says who could read it, and a check-in can be deleted;
//   - no bare zero on Next job.
//
// Elements are found by role, label and text, as a person finds them.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import { expectNoErrors, newPage, startAppAndBrowser } from './lib.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

function isoDaysAgo(days) {
  const d = new Date();
  d.setDate(d.getDate() - days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
}

async function setup(t) {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, PHONE);
  page.on('dialog', (d) => d.accept());
  return { app, page };
}

let nextId = 1;
/** A rejection as the stored record holds it, with feedback points of [text, category, certainty]. */
function rejection({ company, stage = 'interview', days = 3, channel = 'email', feedback = [] }) {
  const id = nextId++;
  return {
    id,
    company,
    role: 'Analyst',
    stage,
    date: isoDaysAgo(days),
    channel,
    feedback: feedback.map(([text, category, certainty = 'fact']) => ({
      id: nextId++,
      text,
      category,
      stage,
      certainty,
    })),
  };
}

/** Stores a plan (format 2, which the app migrates) and opens `slug`. */
async function openWith(page, app, plan, slug, title) {
  const record = { format: 2, revision: 1, saved_at: '2026-01-01T00:00:00Z', folded: [], plan: { next_id: nextId, ...plan } };
  await page.goto(app.url);
  await page.evaluate((text) => localStorage.setItem('rebound.plan', text), JSON.stringify(record));
  await page.goto('about:blank');
  await page.goto(`${app.url}#/${slug}`);
  await heading(page, title);
}

/** Records a no through the start screen, as a person does on the day it came. */
async function recordToday(page, app, { stage, ghosted = false } = {}) {
  await page.goto(app.url);
  await heading(page, /calm plan for after a job/);
  await page.getByLabel('Company', { exact: true }).fill('Acme');
  await page.getByLabel('Role', { exact: true }).fill('Designer');
  if (ghosted) await page.getByLabel('No answer at all', { exact: false }).check();
  if (stage) await page.getByLabel('Stage reached', { exact: true }).selectOption({ label: stage });
  await page.getByRole('button', { name: 'Save and start my plan' }).click();
  await heading(page, 'For today');
}

/** The top of each element, to compare their order on the page. */
async function tops(locators) {
  const out = [];
  for (const l of locators) out.push((await l.boundingBox()).y);
  return out;
}

test('For today asks how you are first, then one good thing, then the request, with no step count', async (t) => {
  const { app, page } = await setup(t);
  await recordToday(page, app);
  const [mood, good, ask] = await tops([
    page.getByRole('heading', { name: 'How are you today?' }),
    page.getByRole('heading', { name: 'Plan one good thing' }),
    page.getByRole('heading', { name: 'Ask for feedback' }),
  ]);
  assert.ok(mood < good && good < ask, `order: mood ${mood}, good thing ${good}, request ${ask}`);
  await page.getByText(/in the next day or two; today only if you feel up to it/).waitFor();
  assert.equal(await page.getByText(/while they still remember you/).count(), 0);
  assert.equal(await page.getByText(/of 6 steps done/).count(), 0, 'no step counter on For today');
  // Nor anywhere else on the day of the no.
  await page.goto(`${app.url}#/plan`);
  await heading(page, 'My plan');
  assert.equal(await page.getByText(/of 6 steps done/).count(), 0, 'no step counter on the day of the no');
  assert.equal(await page.getByRole('region', { name: 'Progress' }).count(), 0);
  expectNoErrors(page);
});

test('a request with no name in it asks for the name before it is copied', async (t) => {
  const { app, page } = await setup(t);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  await recordToday(page, app);
  await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
  await page.getByRole('button', { name: 'Copy the request' }).click();
  await page.getByRole('alert').filter({ hasText: /Add your name first/ }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'nothing yet', 'nothing was copied');
  // "Open in email app" waits for the name too.
  const before = page.url();
  await page.getByRole('link', { name: 'Open in email app' }).click();
  assert.equal(page.url(), before);
  await page.getByLabel('Your name (for the sign-off)', { exact: true }).fill('Robin');
  assert.equal(await page.getByRole('alert').filter({ hasText: /Add your name first/ }).count(), 0);
  await page.getByRole('button', { name: 'Copy the request' }).click();
  await page.getByText('Copied.', { exact: false }).waitFor();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /Kind regards,\nRobin$/);
  expectNoErrors(page);
});

test('the feedback composer asks for a name before an unsigned request is copied', async (t) => {
  const { app, page } = await setup(t);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  await openWith(page, app, { rejections: [rejection({ company: 'Acme' })] }, 'feedback', 'Get the most out of feedback');
  await page.getByRole('button', { name: 'Copy request' }).click();
  await page.getByRole('alert').filter({ hasText: /Add your name first/ }).waitFor();
  await page.getByLabel('Your name (for the sign-off)', { exact: true }).fill('Robin');
  await page.getByRole('button', { name: 'Copy request' }).click();
  await page.getByText('Copied.', { exact: false }).waitFor();
  expectNoErrors(page);
});

test('each stage gets its own words and next step; nothing says "in the running" after a CV no', async (t) => {
  const { app, page } = await setup(t);
  const cases = [
    ['application', /top three requirements/],
    ['interview', /Practise your answers out loud/],
    ['final_round', /ask what tipped it/],
    ['offer', /Check what your references will say/],
  ];
  for (const [stage, next] of cases) {
    await openWith(page, app, { rejections: [rejection({ company: 'Acme', stage })] }, 'feedback', 'Get the most out of feedback');
    const note = page.getByRole('region', { name: 'About this no' });
    await note.getByText(next).waitFor();
    assert.equal(await page.getByText(/in the running/).count(), 0, stage);
  }
  expectNoErrors(page);
});

test('a ghosted no lands on a line of its own', async (t) => {
  const { app, page } = await setup(t);
  await recordToday(page, app, { ghosted: true });
  await page.getByText(/Not hearing back is sadly common\. It says more about their process than about you\./).waitFor();
  await page.getByText(/Keep your search going while you wait/).first().waitFor();
  expectNoErrors(page);
});

test('what feedback can become depends on what it is about', async (t) => {
  const { app, page } = await setup(t);
  const plan = {
    rejections: [
      rejection({
        company: 'Acme',
        feedback: [
          ['The other finalist had more hands-on SQL', 'stronger_candidate'],
          ['Not quite the team culture', 'culture_fit'],
          ['Our budget was lower than your ask', 'salary'],
        ],
      }),
    ],
  };
  await openWith(page, app, plan, 'feedback', 'Get the most out of feedback');
  const card = (text) => page.getByRole('listitem').filter({ hasText: text });

  const closer = card('more hands-on SQL');
  await closer.getByText('Outside your control').waitFor();
  await closer.getByText(/their decision, not a flaw of yours to fix/).waitFor();
  await closer.getByRole('button', { name: 'Make it a skill gap' }).click();
  await closer.getByRole('link', { name: /Skill gap: The other finalist had more hands-on SQL/ }).waitFor();

  const culture = card('team culture');
  await culture.getByText(/ask them what they meant/).waitFor();
  assert.equal(await culture.getByRole('button', { name: 'Make it a skill gap' }).count(), 0);
  await culture.getByRole('button', { name: 'Change my search' }).waitFor();

  const pay = card('budget was lower');
  await pay.getByText(/check pay ranges for this role/).waitFor();
  assert.equal(await pay.getByRole('button', { name: 'Make it a skill gap' }).count(), 0);
  await pay.getByRole('button', { name: 'Change my search' }).click();
  await pay.getByRole('link', { name: /Search change:/ }).waitFor();
  expectNoErrors(page);
});

test('a hunch stays a hunch: on its card, on the checklist and in the patterns', async (t) => {
  const { app, page } = await setup(t);
  const hunch = (company) =>
    rejection({ company, feedback: [['I seemed nervous', 'confidence', 'guess']] });
  await openWith(page, app, { rejections: [hunch('Acme'), hunch('Globex')] }, 'feedback', 'Get the most out of feedback');
  await page.getByRole('listitem').filter({ hasText: 'I seemed nervous' }).getByText('Your hunch, to check').waitFor();

  await page.goto(`${app.url}#/next`);
  await heading(page, 'Focus on the next job');
  await page.getByRole('checkbox', { name: /^Check your hunch about .*: I seemed nervous/ }).first().waitFor();
  assert.equal(await page.getByRole('checkbox', { name: /Work on the feedback from/ }).count(), 0);

  await page.goto(`${app.url}#/plan`);
  await heading(page, 'My plan');
  const patterns = page.getByRole('region', { name: 'Patterns in your feedback' });
  await patterns.getByText(/2 hunches of your own/).waitFor();
  assert.equal(await patterns.getByText('keeps coming back').count(), 0);
  expectNoErrors(page);
});

test('several noes are called normal, and three at one stage suggest a person', async (t) => {
  const { app, page } = await setup(t);
  const two = [rejection({ company: 'Acme' }), rejection({ company: 'Globex', days: 10 })];
  await openWith(page, app, { rejections: two }, 'plan', 'My plan');
  const note = page.getByRole('region', { name: 'You are not the only one' });
  await note.getByText(/Most people hear several noes before a yes/).waitFor();
  assert.equal(await note.getByText(/talk it over with a person/).count(), 0, 'two noes: no suggestion yet');
  assert.equal(await note.getByText(/\d/).count(), 0, 'said without numbers');

  const three = [...two, rejection({ company: 'Initech', days: 20 })];
  await openWith(page, app, { rejections: three }, 'plan', 'My plan');
  await note.getByText(/talk it over with a person: a careers service, a mentor, or someone who can run a mock interview/).waitFor();
  expectNoErrors(page);
});

test('the fairness line, and the Stoic line below the form with its source', async (t) => {
  const { app, page } = await setup(t);
  await openWith(page, app, { rejections: [rejection({ company: 'Acme' })] }, 'feedback', 'Get the most out of feedback');
  await page.getByText(/protected characteristic, an employment-rights advice service in your country/).waitFor();
  const thought = page.getByRole('complementary', { name: 'A thought for later' });
  await thought.getByText('A thought for when the sting has eased:').waitFor();
  await thought.getByText(/Meditations 4\.7 \(in Gregory Hays’s translation\)/).waitFor();
  const [form, quote] = await tops([page.getByRole('button', { name: 'Add feedback' }), thought]);
  assert.ok(form < quote, 'the quote sits below the feedback form');
  expectNoErrors(page);
});

test('writing says who could read it, and that one may stop at any time', async (t) => {
  const { app, page } = await setup(t);
  await openWith(page, app, { rejections: [rejection({ company: 'Acme' })] }, 'positive', 'Stay positive');
  const writing = page.getByRole('region', { name: 'Write it out' });
  await writing.getByText(/anyone who uses this browser here could open it/).waitFor();
  await writing.getByText(/Feeling a little low straight after writing like this is common, and it passes/).waitFor();
  await writing.getByText(/You can stop, or change topic, at any time/).waitFor();
  assert.equal(await writing.getByText(/nobody else will read it/).count(), 0);
  expectNoErrors(page);
});

test('a check-in can be deleted', async (t) => {
  const { app, page } = await setup(t);
  const wellbeing = { moods: [{ date: isoDaysAgo(2), mood: 1, note: 'rough' }, { date: isoDaysAgo(1), mood: 3 }] };
  await openWith(page, app, { rejections: [rejection({ company: 'Acme' })], wellbeing }, 'positive', 'Stay positive');
  await page.getByText('Your check-ins').click();
  await page.getByRole('button', { name: /^Remove the check-in of / }).last().click();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('rebound.plan')).plan.wellbeing.moods.length === 1);
  const moods = await page.evaluate(() => JSON.parse(localStorage.getItem('rebound.plan')).plan.wellbeing.moods);
  assert.deepEqual(moods.map((m) => m.mood), [3], 'the older, low one is gone');
  expectNoErrors(page);
});

test('Next job shows no bare zero', async (t) => {
  const { app, page } = await setup(t);
  await openWith(page, app, { rejections: [rejection({ company: 'Acme' })] }, 'next', 'Focus on the next job');
  await page.getByRole('region', { name: 'Your weekly rhythm' }).waitFor();
  assert.equal(await page.getByText(/: 0$/).count(), 0);
  assert.equal(await page.getByText(/Applications dated this week/).count(), 0);
  expectNoErrors(page);
});

test('writing belongs to the no in focus: another no starts its own sessions', async (t) => {
  const { app, page } = await setup(t);
  const acme = rejection({ company: 'Acme', days: 5 });
  const globex = rejection({ company: 'Globex', days: 2 });
  await openWith(page, app, { rejections: [acme, globex], current: acme.id }, 'positive', 'Stay positive');
  const writing = page.getByRole('region', { name: 'Write it out' });
  await writing.getByText('About: Analyst at Acme').waitFor();
  await writing.getByLabel("Today's writing", { exact: true }).fill('About Acme, privately');
  await page.getByText('Saved on this device', { exact: true }).waitFor();

  // The steps move to the other no.
  await page.goto(`${app.url}#/start`);
  await heading(page, 'What happened');
  await page.getByRole('listitem').filter({ hasText: 'Globex' }).getByRole('button', { name: 'Work on this one' }).click();
  await page.goto(`${app.url}#/positive`);
  await heading(page, 'Stay positive');
  await writing.getByText('About: Analyst at Globex').waitFor();
  assert.equal(await writing.getByLabel("Today's writing", { exact: true }).inputValue(), '');
  await writing.getByText(/Today is session 1 of up to 4/).waitFor();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('rebound.plan')));
  assert.equal(stored.format, 4);
  assert.deepEqual(stored.plan.wellbeing.writing.map((s) => [s.rejection, s.text]), [[acme.id, 'About Acme, privately']]);
  expectNoErrors(page);
});

test('a plan saved by the last version opens with its writing and clean slate under the no in focus', async (t) => {
  const { app, page } = await setup(t);
  const acme = rejection({ company: 'Acme', days: 5 });
  const record = {
    format: 3,
    revision: 1,
    saved_at: '2026-01-01T00:00:00Z',
    folded: [],
    plan: {
      rejections: [acme],
      current: acme.id,
      next_id: nextId,
      wellbeing: {
        setback_plan: '',
        slate_wiped_on: isoDaysAgo(1),
        writing: [{ date: isoDaysAgo(3), text: 'Written with the last version' }],
      },
    },
  };
  await page.goto(app.url);
  await page.evaluate((text) => localStorage.setItem('rebound.plan', text), JSON.stringify(record));
  await page.goto('about:blank');
  await page.goto(`${app.url}#/positive`);
  await heading(page, 'Stay positive');
  const writing = page.getByRole('region', { name: 'Write it out' });
  await writing.getByText(/Today is session 2 of up to 4/).waitFor();
  await writing.locator('summary').first().click();
  await writing.getByText('Written with the last version').waitFor();
  await page.getByText(/^Slate wiped clean on /).waitFor();
  expectNoErrors(page);
});

test('the day the slate was wiped is left out of a share link unless ticked', async (t) => {
  const { app, page } = await setup(t);
  const acme = rejection({ company: 'Acme', days: 5 });
  await openWith(page, app, { rejections: [acme], current: acme.id }, 'positive', 'Stay positive');
  await page.getByRole('button', { name: 'Wipe the slate clean' }).click();
  await page.getByText(/^Slate wiped clean on /).waitFor();
  const day = await page.evaluate(() => {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });

  await page.goto(`${app.url}#/share`);
  await heading(page, 'Share and back up');
  const box = page.getByRole('textbox', { name: 'Your share link' });
  const contains = page.getByRole('heading', { name: 'This link contains' }).locator('..');
  await contains.getByText(/^Left out: .*the day you wiped the slate clean.*\.$/).waitFor();
  assert.doesNotMatch(decodeLink(await box.inputValue()), new RegExp(day));

  await page.getByLabel('Include the day I wiped the slate clean', { exact: true }).check();
  await contains.getByText('the day you wiped the slate clean', { exact: true }).waitFor();
  assert.match(decodeLink(await box.inputValue()), new RegExp(day));
  expectNoErrors(page);
});

/** The share-form JSON inside a link: base64url, then zlib. */
function decodeLink(link) {
  const data = link.split(/#plan=\d+\./)[1];
  return inflateSync(Buffer.from(data, 'base64url')).toString('utf8');
}

test('an earlier writing session can be deleted', async (t) => {
  const { app, page } = await setup(t);
  const acme = rejection({ company: 'Acme', days: 5 });
  const writing = [{ date: isoDaysAgo(2), text: 'Two days ago, it stung', rejection: acme.id }];
  const record = { format: 4, revision: 1, saved_at: '2026-01-01T00:00:00Z', folded: [], plan: { next_id: nextId, rejections: [acme], current: acme.id, wellbeing: { writing } } };
  await page.goto(app.url);
  await page.evaluate((text) => localStorage.setItem('rebound.plan', text), JSON.stringify(record));
  await page.goto('about:blank');
  await page.goto(`${app.url}#/positive`);
  await heading(page, 'Stay positive');
  await page.getByRole('button', { name: /^Remove the writing of / }).click();
  await page.waitForFunction(() => (JSON.parse(localStorage.getItem('rebound.plan')).plan.wellbeing.writing ?? []).length === 0);
  assert.equal(await page.getByText('Two days ago, it stung').count(), 0);
  expectNoErrors(page);
});

test('jargon goes: no "close the loop", "stage it concerns", "in focus" or bare "evidence"', async (t) => {
  const { app, page } = await setup(t);
  const sent = rejection({ company: 'Acme', days: 20 });
  sent.request = { status: 'sent', sent_on: isoDaysAgo(19), followed_up_on: isoDaysAgo(12) };
  const other = rejection({ company: 'Globex', days: 30 });
  await openWith(page, app, { rejections: [sent, other], current: sent.id }, 'feedback', 'Get the most out of feedback');
  await page.getByRole('button', { name: 'Stop waiting' }).waitFor();
  await page.getByLabel('Which stage was it about?', { exact: true }).waitFor();
  for (const [slug, title] of [
    ['feedback', 'Get the most out of feedback'],
    ['start', 'What happened'],
    ['skills', 'Fill your skill gaps'],
    ['plan', 'My plan'],
  ]) {
    await page.goto(`${app.url}#/${slug}`);
    await heading(page, title);
    const text = await page.getByRole('main').innerText();
    for (const jargon of [/close the loop/i, /stage it concerns/i, /\bin focus\b/i, /^Evidence$/m]) {
      assert.doesNotMatch(text, jargon, `#/${slug}`);
    }
  }
  expectNoErrors(page);
});
