// The feedback request has a language of its own: the employer may read another language
// than the person. Choosing Spanish for the request, while the app stays in English,
// writes the preview, the copied text and the mail link in Spanish, and leaves every word
// of the screen in English. A language whose words cannot be fetched is said so, kindly,
// and the request stays in the language it was in; one whose file is a newer version's
// offers that version, with Reload beside the picker.
//
// Elements are found by role, label and text, as a person finds them.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectNoErrors, newPage, startAppAndBrowser } from './lib.mjs';

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
}

/** Records a no through the start screen, then opens the feedback step. */
async function recordAndOpenFeedback(page, app) {
  await page.goto(app.url);
  await heading(page, /calm plan for after a job/);
  await page.getByLabel('Company', { exact: true }).fill('Acme Analytics');
  await page.getByLabel('Role', { exact: true }).fill('Data analyst');
  await page.getByLabel('Stage reached', { exact: true }).selectOption({ label: 'Final round' });
  await page.getByText('Contact and message (optional)').click();
  await page.getByLabel('Contact name', { exact: true }).fill('Sam');
  await page.getByLabel('Contact email', { exact: true }).fill('sam@acme.test');
  await page.getByRole('button', { name: 'Save and start my plan' }).click();
  await heading(page, 'For today');
  await page.goto(`${app.url}#/feedback`);
  await heading(page, 'Get the most out of feedback');
}

/** Waits until the request's text area holds `text`. */
async function requestContains(page, text) {
  await page.waitForFunction(
    (wanted) => document.querySelector('textarea')?.value.includes(wanted),
    text,
    { timeout: 15_000 },
  );
}

test('the request can be written in Spanish while the app stays in English', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  // No service worker: the language files come from the network, where a test can hold
  // one back.
  const page = await newPage(browser, { locale: 'en-US', serviceWorkers: 'block' });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  await recordAndOpenFeedback(page, app);

  await page.getByLabel('Your name (for the sign-off)', { exact: true }).fill('Alex');
  await requestContains(page, 'Alex');
  const request = page.getByRole('textbox', { name: 'Your request' });
  const subject = page.getByLabel('Subject', { exact: true });
  const language = page.getByLabel('Language of the request', { exact: true });
  // The app's language to begin with.
  assert.equal(await language.inputValue(), 'en');
  assert.match(await request.inputValue(), /^Dear Sam,/);

  // Spanish for the request.
  await language.selectOption({ label: 'Español' });
  await requestContains(page, 'Hola, Sam:');
  const body = await request.inputValue();
  assert.match(body, /^Hola, Sam:\n\nGracias por comunicarme su decisión sobre el puesto de Data analyst en Acme Analytics/);
  assert.match(body, /usted y el equipo me dedicaron/);
  assert.match(body, /Un cordial saludo,\nAlex$/);
  assert.doesNotMatch(body, /Dear|Kind regards|Thank you/);
  assert.equal(await subject.inputValue(), 'Comentarios sobre mi candidatura: Data analyst en Acme Analytics');
  // "Keep me in mind" joins the request in Spanish too.
  await page.getByLabel('Ask them to keep me in mind for similar roles', { exact: true }).check();
  await requestContains(page, 'me tuvieran en cuenta para puestos similares');

  // The screen's own words stay English, and so does the page.
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.getByRole('heading', { name: 'Ask for feedback' }).waitFor();
  await page.getByRole('heading', { name: 'Track your request' }).waitFor();
  await page.getByRole('button', { name: 'Copy request' }).waitFor();
  await page.getByRole('link', { name: 'Open in email app' }).waitFor();
  await page.getByText(/^Short and polite works best\./).waitFor();
  assert.equal(await language.inputValue(), 'es');

  // What is copied and what opens in the mail app is the Spanish request.
  await page.getByRole('button', { name: 'Copy request' }).click();
  await page.getByText('Copied. Paste it into an email or message.').waitFor();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(clipboard, /^Asunto: Comentarios sobre mi candidatura: Data analyst en Acme Analytics\n\nHola, Sam:/);
  assert.match(clipboard, /Un cordial saludo,\nAlex$/);
  const mailto = await page.getByRole('link', { name: 'Open in email app' }).getAttribute('href');
  assert.match(mailto, /^mailto:sam@acme\.test\?subject=Comentarios%20sobre%20mi%20candidatura/);

  // German cannot be fetched just now: said under the picker; the request stays Spanish.
  await page.route('**/locales/de.json', (route) => route.fulfill({ status: 503, body: '' }));
  await language.selectOption({ label: 'Deutsch' });
  await page
    .getByText('Deutsch could not be loaded just now, so the request stays in Español. Try again when you are online.')
    .waitFor();
  assert.equal(await language.inputValue(), 'es');
  assert.match(await request.inputValue(), /^Hola, Sam:/);
  await page.unroute('**/locales/de.json');

  // Back to English: the request follows, the note goes.
  await language.selectOption({ label: 'English' });
  await requestContains(page, 'Dear Sam,');
  assert.match(await request.inputValue(), /Kind regards,\nAlex$/);
  assert.equal(await subject.inputValue(), 'Feedback on my application: Data analyst at Acme Analytics');
  assert.equal(await page.getByText(/could not be loaded just now/).count(), 0);

  expectNoErrors(page, { ignore: [/503/] });
});

test('a request language whose file is a newer version’s offers that version; the request stays as it was', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { locale: 'en-US', serviceWorkers: 'block' });
  // German as the next build compiles it: its messages answer another build's ids.
  await page.route('**/locales/de.json', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...(await response.json()), keys: '0000000000000000' } });
  });
  await recordAndOpenFeedback(page, app);
  const request = page.getByRole('textbox', { name: 'Your request' });
  const language = page.getByLabel('Language of the request', { exact: true });
  await requestContains(page, 'Dear Sam,');

  await language.selectOption({ label: 'Deutsch' });
  await page
    .getByText('Deutsch needs the new version of Rebound. Reload to write the request in it; what you wrote is kept. Until then the request stays in English.')
    .waitFor();
  assert.equal(await language.inputValue(), 'en');
  assert.match(await request.inputValue(), /^Dear Sam,/);
  await page.getByRole('status').getByText('A new version of Rebound is ready.').waitFor();

  // Reload, beside the picker, brings the newest version; the request's language is not
  // kept (it is chosen per request), the person's plan is.
  await page.unroute('**/locales/de.json');
  await page.evaluate(() => (window.__beforeReload = true));
  await page.locator('.request-language').getByRole('button', { name: 'Reload' }).click();
  await page.waitForFunction(() => window.__beforeReload === undefined);
  await heading(page, 'Get the most out of feedback');
  await language.selectOption({ label: 'Deutsch' });
  await requestContains(page, 'Guten Tag Sam,');
  expectNoErrors(page);
});
