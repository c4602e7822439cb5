// The whole journey as a person would take it, on a phone-sized screen: record a
// rejection, ask for feedback, note it, turn it into a skill gap, add a role, plan
// something fun, check in a mood, add an interview, and find it all in the plan, after a
// reload too. Elements are found by role and label.

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { SCREEN_HEADINGS, expectNoErrors, newPage, startAppAndBrowser } from './lib.mjs';

const PHONE = { width: 390, height: 844 };
const SHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');

function isoDaysFromNow(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
}

async function shot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

test('a person goes from "I just got a no" to a complete plan', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: PHONE, hasTouch: true, isMobile: true });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  page.on('dialog', (d) => d.accept());

  await page.goto(app.url);
  await heading(page, /calm plan for after a job/);
  await shot(page, '0-start');

  // Start: record the rejection.
  await page.getByLabel('Company', { exact: true }).fill('Acme Analytics');
  await page.getByLabel('Role', { exact: true }).fill('Data analyst');
  await page.getByLabel('Stage reached', { exact: true }).selectOption({ label: 'Final round' });
  // The no came two days ago: the steps count what is done (never on the day of the no).
  await page.getByLabel('Date of the no', { exact: true }).fill(isoDaysFromNow(-2));
  await page.getByText('Contact and message (optional)').click();
  await page.getByLabel('Contact name', { exact: true }).fill('Sam');
  await page.getByLabel('Contact email', { exact: true }).fill('sam@acme.test');
  await page.getByRole('button', { name: 'Save and start my plan' }).click();

  // For today: the day-one path, before the six steps.
  await heading(page, 'For today');
  await page.getByRole('heading', { name: 'Enough for today' }).waitFor();
  await shot(page, '0-today');
  await page.getByRole('link', { name: 'Read or change the request first' }).click();

  // 1 Feedback: the request is written from what was recorded, and copies.
  await heading(page, 'Get the most out of feedback');
  assert.match(page.url(), /#\/feedback$/);
  await page.getByLabel('Your name (for the sign-off)', { exact: true }).fill('Alex');
  const request = page.getByRole('textbox', { name: 'Your request' });
  await assert.doesNotReject(async () => {
    await page.waitForFunction(() => document.querySelector('textarea')?.value.includes('Alex'));
  });
  const body = await request.inputValue();
  assert.match(body, /^Dear Sam,/);
  // A final-round no: thanks for the time together, and names the role and company.
  assert.match(body, /the Data analyst role at Acme Analytics, and for the time you and the team spent with me/);
  await page.getByLabel('Ask them to keep me in mind for similar roles', { exact: true }).check();
  await page.waitForFunction(() => document.querySelector('textarea')?.value.includes('kept me in mind for similar roles'));
  assert.equal(await page.getByLabel('Subject', { exact: true }).inputValue(), 'Feedback on my application: Data analyst at Acme Analytics');
  await page.getByRole('button', { name: 'Copy request' }).click();
  await page.getByText('Copied.').waitFor();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(clipboard, /Subject: Feedback on my application: Data analyst at Acme Analytics/);
  assert.match(clipboard, /kept me in mind for similar roles/);
  assert.match(clipboard, /Dear Sam,/);
  const mailto = await page.getByRole('link', { name: 'Open in email app' }).getAttribute('href');
  assert.match(mailto, /^mailto:sam@acme\.test\?subject=Feedback%20on%20my%20application/);

  await page.getByRole('button', { name: 'I sent it' }).click();
  await page.getByText(/send one friendly reminder on/).waitFor();

  await page.getByLabel('What did they say?', { exact: true }).fill('SQL answers were not fluent enough');
  await page.getByLabel('Category', { exact: true }).selectOption({ label: 'Skills or experience gap' });
  await page.getByRole('button', { name: 'Add feedback' }).click();
  await page.getByText('SQL answers were not fluent enough').waitFor();
  await page.getByLabel('What did they say?', { exact: true }).fill('They wanted someone with retail experience');
  await page.getByLabel('Category', { exact: true }).selectOption({ label: 'Skills or experience gap' });
  await page.getByLabel('My guess', { exact: true }).check();
  await page.getByRole('button', { name: 'Add feedback' }).click();
  await page.getByText('They wanted someone with retail experience').waitFor();
  // A stronger candidate was outside their control: acknowledged as their decision; what
  // it names can still become the person's own, offered with words that say so.
  await page.getByLabel('What did they say?', { exact: true }).fill('Another candidate was a closer fit');
  await page.getByLabel('Category', { exact: true }).selectOption({ label: 'Stronger candidate' });
  await page.getByRole('button', { name: 'Add feedback' }).click();
  const closer = page.getByRole('listitem').filter({ hasText: 'Another candidate was a closer fit' });
  await closer.getByText('Outside your control').waitFor();
  await closer.getByText(/their decision, not a flaw of yours to fix/).waitFor();
  await closer.getByText(/you can still keep it below/).waitFor();
  await closer.getByRole('button', { name: 'Make it a skill gap' }).waitFor();

  await page.getByRole('button', { name: 'Make it a skill gap' }).first().click();
  await page.getByRole('link', { name: /Skill gap: SQL answers were not fluent enough/ }).waitFor();
  await page.getByRole('button', { name: 'Change my search' }).first().click();
  await page.getByRole('link', { name: /Search change: Adjust the search/ }).waitFor();
  await shot(page, '1-feedback');

  // 2 Search: a target role and its match check.
  await page.getByRole('link', { name: /^Next: Search/ }).click();
  await heading(page, 'Refine your search');
  await page.getByLabel('Your skills', { exact: true }).fill('SQL, Excel');
  await page.getByLabel('The level your experience supports', { exact: true }).selectOption({ label: 'Junior' });
  await page.getByRole('button', { name: 'Save my skills' }).click();
  await page.getByLabel('Role title', { exact: true }).fill('Retail data analyst');
  await page.getByLabel('Area', { exact: true }).fill('Retail');
  await page.getByLabel('Level', { exact: true }).selectOption({ label: 'Junior' });
  await page.getByLabel('Skills it asks for', { exact: true }).fill('SQL, Excel, Tableau');
  await page.getByRole('button', { name: 'Add role' }).click();
  await page.getByText(/66% of the listed skills/).waitFor();
  await page.getByRole('button', { name: '+ Tableau as a skill gap' }).click();
  await page.getByText('Tableau ✓ planned').waitFor();
  await page.getByRole('checkbox', { name: /Adjust the search/ }).check();
  await shot(page, '2-search');

  // 3 Skills: both gaps listed; give one a date and an if-then plan by editing it.
  await page.getByRole('link', { name: /^Next: Skills/ }).click();
  await heading(page, 'Fill your skill gaps');
  await page.getByRole('heading', { name: 'Tableau' }).waitFor();
  await page.getByLabel('Skill', { exact: true }).fill('SQL window functions');
  await page.getByLabel('Target date', { exact: true }).fill(isoDaysFromNow(30));
  await page.getByLabel('If…', { exact: true }).fill('it is Saturday morning');
  await page.getByLabel('then I…', { exact: true }).fill('do one practice set');
  await page.getByRole('button', { name: 'Add skill gap' }).click();
  await page.getByText('If it is Saturday morning, then I do one practice set.').waitFor();
  // The if-then plan comes first, right under the skill's name, in the card and the form.
  const gapCard = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'SQL window functions' }) });
  assert.equal(await gapCard.locator('h3 + p').textContent(), 'If it is Saturday morning, then I do one practice set.');
  const formOrder = await page.getByRole('textbox').evaluateAll((fields) => fields.map((f) => f.labels?.[0]?.textContent));
  assert.deepEqual(formOrder.slice(0, 3), ['Skill', 'If…', 'then I…']);
  await page.getByLabel('Status of Tableau', { exact: true }).selectOption({ label: 'Done' });
  // Closing a gap says what it adds to their confidence.
  await page.getByText(/^Closed\. That is one more thing you can speak about with confidence/).waitFor();
  await page.getByLabel('Status of Tableau', { exact: true }).selectOption({ label: 'In progress' });
  await page.getByText('3 gaps', { exact: false }).first().waitFor();
  await shot(page, '3-skills');

  // 4 Fun: plan something for tomorrow evening (the default time).
  await page.getByRole('link', { name: /^Next: Fun/ }).click();
  await heading(page, 'Do something fun');
  await page.getByRole('button', { name: 'A game night' }).click();
  assert.equal(await page.getByLabel('What will you do?', { exact: true }).inputValue(), 'A game night');
  await page.getByLabel('With whom', { exact: true }).fill('Jo and Ben');
  await page.getByLabel('2 · Low', { exact: true }).check();
  await page.getByRole('button', { name: 'Plan it' }).click();
  await page.getByRole('heading', { name: 'A game night with Jo and Ben' }).waitFor();
  await shot(page, '4-fun');

  // 5 Positive: a mood check-in, a reframe, and the clean slate.
  await page.getByRole('link', { name: /^Next: Positive/ }).click();
  await heading(page, 'Stay positive');
  await page.getByLabel('3 · Okay', { exact: true }).check();
  await page.getByRole('button', { name: 'Check in' }).click();
  await page.getByRole('img', { name: /One check-in: Okay/ }).waitFor();
  await page.getByLabel('The thought', { exact: true }).fill('I will never get an analyst job');
  await page.getByLabel('A kinder, balanced view', { exact: true }).fill('I reached the final round, so I am close');
  await page.getByRole('button', { name: 'Save reframe' }).click();
  await page.getByText('→ I reached the final round, so I am close').waitFor();
  await page.getByRole('button', { name: 'Wipe the slate clean' }).click();
  await page.getByText(/Slate wiped clean on/).waitFor();
  await shot(page, '5-positive');

  // 6 Next job: an interview in a week, with its countdown and checklist.
  await page.getByRole('link', { name: /^Next: Next job/ }).click();
  await heading(page, 'Focus on the next job');
  await page.getByLabel('Company', { exact: true }).fill('Contoso');
  await page.getByLabel('Role', { exact: true }).fill('Junior analyst');
  await page.getByLabel('Date', { exact: true }).fill(isoDaysFromNow(7));
  await page.getByLabel('Time', { exact: true }).fill('10:30');
  await page.getByRole('button', { name: 'Add to my plan' }).click();
  await page.getByRole('heading', { name: 'Junior analyst at Contoso' }).waitFor();
  await page.getByText('in 7 days').first().waitFor();
  await page.getByRole('checkbox', { name: /Work on the feedback from Acme Analytics: SQL answers/ }).waitFor();
  await page.getByRole('checkbox', { name: /SQL window functions: If it is Saturday morning/ }).check();
  // The checklist helps say what has been learnt since the no (Tableau is in progress).
  await page.getByRole('checkbox', { name: /^Be ready to say what you have been learning since your last no \(Tableau\)/ }).waitFor();
  // A weekly rhythm as an if-then plan, and a plain count of this week's applications.
  const rhythm = page.getByRole('region', { name: 'Your weekly rhythm' });
  await rhythm.getByLabel('If…', { exact: true }).fill('it is Monday morning');
  await rhythm.getByLabel('then I…', { exact: true }).fill('read new adverts and apply to one');
  await rhythm.getByRole('button', { name: 'Save my rhythm' }).click();
  await rhythm.getByText('If it is Monday morning, then I read new adverts and apply to one.', { exact: true }).waitFor();
  // No application is dated this week (the interview is no application): no bare zero.
  assert.equal(await rhythm.getByText(/Applications dated this week/).count(), 0);
  await shot(page, '6-next-job');

  // The overview has all of it.
  await page.getByRole('link', { name: /^Next: My plan/ }).click();
  await heading(page, 'My plan');
  const checkOverview = async () => {
    await page.getByText('6 of 6 steps done').waitFor();
    const main = page.getByRole('main');
    for (const text of [
      'Interview: Junior analyst at Contoso',
      'A game night with Jo and Ben',
      'Skill target: SQL window functions',
      'Retail data analyst (Junior)',
      'SQL answers were not fluent enough [Skills or experience gap]',
    ]) {
      assert.ok((await main.getByText(text).count()) > 0, `overview shows "${text}"`);
    }
    // They answered (feedback was added), so no reminder is due any more.
    assert.equal(await main.getByText(/friendly reminder to Acme/).count(), 0);
  };
  await checkOverview();
  await shot(page, '7-overview');

  // Everything survives a reload.
  await page.reload();
  await heading(page, 'My plan');
  await checkOverview();

  // The browser's back button returns to the previous step.
  await page.goBack();
  await heading(page, 'Focus on the next job');
  await page.goForward();
  await heading(page, 'My plan');
  expectNoErrors(page);
});

test('every step opens from a deep link and the step indicator marks it', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const screens = [['start', /calm plan for after a job/], ...SCREEN_HEADINGS];
  const page = await newPage(browser, { viewport: PHONE });
  for (const [slug, title] of screens) {
    await page.goto(`${app.url}#/${slug}`);
    await heading(page, title);
  }
  // The indicator marks the current step for assistive technology.
  await page.goto(`${app.url}#/skills`);
  await heading(page, 'Fill your skill gaps');
  const current = page.getByRole('navigation', { name: 'Steps' }).locator('[aria-current="step"]');
  assert.match(await current.getAttribute('aria-label'), /^Step 3: Skills/);
  expectNoErrors(page);
});

test('a name left empty is refused beside the field, and nothing is recorded', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: PHONE });
  await page.goto(app.url);
  await heading(page, /calm plan for after a job/);
  await page.getByLabel('Company', { exact: true }).fill('   ');
  await page.getByLabel('Role', { exact: true }).fill('Designer');
  await page.getByRole('button', { name: 'Save and start my plan' }).click();
  await page.getByText('Please fill in the company.').waitFor();
  assert.equal(await page.getByLabel('Company', { exact: true }).getAttribute('aria-invalid'), 'true');
  assert.match(page.url(), /\/(#\/start)?$/);
  // No no is recorded. What was typed may be kept as a draft by then (a pause saves
  // drafts, so nothing typed is lost), which on a busy machine it sometimes is.
  const stored = await page.evaluate(() => localStorage.getItem('rebound.plan'));
  if (stored !== null) assert.deepEqual(JSON.parse(stored).plan.rejections, []);
  expectNoErrors(page);
});

test('very long text wraps instead of breaking the layout', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: { width: 360, height: 740 } });
  await page.goto(app.url);
  await heading(page, /calm plan for after a job/);
  const long = 'Supercalifragilisticexpialidocious'.repeat(5);
  await page.getByLabel('Company', { exact: true }).fill(long);
  await page.getByLabel('Role', { exact: true }).fill(long);
  await page.getByRole('button', { name: 'Save and start my plan' }).click();
  await heading(page, 'For today');
  await page.getByRole('link', { name: 'Read or change the request first' }).click();
  await heading(page, 'Get the most out of feedback');
  await page.getByLabel('What did they say?', { exact: true }).fill(long.repeat(3));
  await page.getByRole('button', { name: 'Add feedback' }).click();
  for (const slug of ['start', 'feedback', 'plan']) {
    await page.goto(`${app.url}#/${slug}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `#/${slug} overflows by ${overflow}px`);
  }
  expectNoErrors(page);
});
