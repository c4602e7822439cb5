// Rebound in each real language, end to end: Spanish, German and Arabic (right to left).
// In each, a person whose browser speaks that language (so the app starts in it):
//
//   - takes the day-one path, on a phone: records the no on the start screen, checks in
//     their mood, plans one good thing, signs and copies the feedback request and marks
//     it sent; finds what they wrote on My plan, Start, Stay positive and Feedback, after
//     a reload too; every screen says its words in the language and no English is left;
//   - prints the plan: the PDF has the plan's heading in the language and the person's
//     items, and none of the screen's chrome;
//   - keeps what they type into the boot screen while the language's words are fetched;
//   - and, across languages: a share link opened by a reader of another language (Arabic
//     to German, Spanish to Arabic), and the feedback request written in a language other
//     than the screen's (German from an Arabic screen, Spanish from a German one).
//
// Elements are found by role and label, with the words of locales/<tag>.ftl (words() in
// lib.mjs), as a person of that language finds them.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { PLAN_KEY, expectNoErrors, ftlMessages, newPage, pdfPages, pdfText, startAppAndBrowser, words } from './lib.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const RECORD = readFileSync(path.resolve(import.meta.dirname, '../fixtures/record-format-1.json'), 'utf8');

/** Each language, the browser locale that chooses it, and what its person writes. */
const PEOPLE = {
  es: {
    locale: 'es-ES',
    dir: 'ltr',
    company: 'Aceitunas del Sur',
    role: 'Analista de datos',
    contact: 'Marta',
    email: 'marta@aceitunas.test',
    name: 'Lucía',
    note: 'Cansada, pero tranquila',
    fun: 'Paseo por el Retiro con churros',
    withWhom: 'Ana y Pablo',
  },
  de: {
    locale: 'de-DE',
    dir: 'ltr',
    company: 'Müller Datenwerkstatt',
    role: 'Datenanalystin',
    contact: 'Frau Weber',
    email: 'weber@mueller.test',
    name: 'Jana',
    note: 'Müde, aber ruhig',
    fun: 'Spieleabend mit Pflaumenkuchen',
    withWhom: 'Tom und Lea',
  },
  ar: {
    locale: 'ar',
    dir: 'rtl',
    company: 'شركة النخيل',
    role: 'محللة بيانات',
    contact: 'سارة',
    email: 'sara@nakheel.test',
    name: 'ليلى',
    note: 'متعبة قليلًا لكن بخير',
    fun: 'نزهة على الكورنيش',
    withWhom: 'مريم وعلي',
  },
};

/** English app text that must never show on a screen in another language. */
const ENGLISH_ON_SCREEN = [
  'For today',
  'My plan',
  'Save and start my plan',
  'Enough for today',
  'How are you today?',
  'Plan one good thing',
  'Ask for feedback',
  'Saved on this device',
  'Skip to content',
  'Colours',
  'Next:',
  'Your plan stays on this device',
];

/**
 * English sentences of the app's own (from en.ftl: parts of at least 16 characters, with
 * a space, between the variables) that `tag` says otherwise: none may be on its screens.
 */
function englishSentences(tag) {
  const theirs = ftlMessages(tag);
  const out = new Set();
  for (const [id, pattern] of ftlMessages('en')) {
    if (pattern.includes('->') || theirs.get(id) === pattern) continue;
    for (const part of pattern.split(/\{[^}]*\}/)) {
      const text = part.trim();
      if (text.length >= 16 && text.includes(' ') && !theirs.get(id)?.includes(text)) out.add(text);
    }
  }
  return [...out];
}

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
}

/** The page's lang and dir. */
const langDir = (page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

/**
 * The app's own text on screen: the tab's title and every visible text outside what the
 * person wrote (which the app isolates in <bdi> or dir="auto", in every language).
 */
const appText = (page) =>
  page.evaluate(() => {
    const parts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      // The language pickers name each language in itself ("English" too).
      if (!node.textContent.trim() || el.closest('bdi, [dir="auto"], script, style, option[lang]')) continue;
      if ((el.closest('select') ?? el).checkVisibility()) parts.push(node.textContent);
    }
    return parts.join('\n');
  });

/** Fails if English app text is on the screen. */
async function noEnglish(page, tag, where) {
  const text = await appText(page);
  const found = [...ENGLISH_ON_SCREEN, ...englishSentences(tag)].filter((english) => text.includes(english));
  assert.deepEqual(found, [], `${where} (${tag}) shows English: ${found.map((f) => `"${f}"`).join(', ')}`);
}

/** Checks a screen: its h1 and title in the language, the page's lang and dir, no English. */
async function onScreen(page, w, screenId, dir) {
  await heading(page, w(screenId));
  assert.equal(await page.title(), w('page-title', { screen: w(screenId) }), `the title of ${screenId}`);
  assert.deepEqual(await langDir(page), [w.tag, dir], `lang and dir on ${screenId}`);
  await noEnglish(page, w.tag, screenId);
}

/**
 * A line of a PDF's text as drawn (left to right) turned back into reading order, for a
 * right-to-left line: reversed, with its runs of Latin letters and digits kept as they are.
 */
function visualToLogical(line) {
  const reversed = [...line].reverse().join('');
  return reversed.replace(/[A-Za-z0-9][A-Za-z0-9 .:,'-]*[A-Za-z0-9]|[A-Za-z0-9]/g, (run) => [...run].reverse().join(''));
}

/** The tops of elements, to compare their order on the page. */
async function tops(locators) {
  const out = [];
  for (const l of locators) out.push((await l.boundingBox()).y);
  return out;
}

function isoToday() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Records a no through the start screen, in the language of `w`, and lands on For today. */
async function recordInLanguage(page, w, person) {
  await heading(page, w('boot-welcome-title'));
  // The app's own form: what is typed into the boot screen while the language's words
  // are on their way is checked on its own below.
  await page.locator('#boot').waitFor({ state: 'detached', timeout: 15_000 });
  await page.getByLabel(w('boot-company'), { exact: true }).fill(person.company);
  await page.getByLabel(w('boot-role'), { exact: true }).fill(person.role);
  await page.getByLabel(w('start-label-stage-reached'), { exact: true }).selectOption({ label: w('stage-final-round') });
  await page.getByRole('radio', { name: w('channel-email'), exact: true }).check();
  await page.getByLabel(w('start-date-of-no'), { exact: true }).fill(isoToday());
  await page.getByText(w('start-contact-more'), { exact: true }).click();
  await page.getByLabel(w('start-label-contact-name'), { exact: true }).fill(person.contact);
  await page.getByLabel(w('start-label-contact-email'), { exact: true }).fill(person.email);
  await page.getByRole('button', { name: w('start-save-and-start') }).click();
  await heading(page, w('screen-today'));
  await page.waitForFunction(
    ([key, company]) => (localStorage.getItem(key) ?? '').includes(company),
    [PLAN_KEY, person.company],
  );
}

for (const [tag, person] of Object.entries(PEOPLE)) {
  const w = words(tag);

  test(`${tag}: the day-one path, from the no to "enough for today", kept after a reload`, async (t) => {
    const { app, browser } = await startAppAndBrowser(t);
    const page = await newPage(browser, { ...PHONE, locale: person.locale });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    page.on('dialog', (d) => d.accept());

    // The welcome, in the language, before anything is recorded.
    await page.goto(app.url);
    await heading(page, w('boot-welcome-title'));
    assert.deepEqual(await langDir(page), [tag, person.dir]);
    await page.getByRole('heading', { name: w('boot-what-happened') }).waitFor();
    await noEnglish(page, tag, 'the welcome');

    // The no, recorded with the start screen's words; then For today.
    await recordInLanguage(page, w, person);
    await onScreen(page, w, 'screen-today', person.dir);
    const [mood, good, ask] = await tops([
      page.getByRole('heading', { name: w('positive-title-check-in') }),
      page.getByRole('heading', { name: w('today-title-plan-one-good-thing') }),
      page.getByRole('heading', { name: w('today-title-ask-for-feedback') }),
    ]);
    assert.ok(mood < good && good < ask, `For today: mood ${mood}, good thing ${good}, request ${ask}`);
    await page.getByText(w('lead-today')).waitFor();
    await page.getByText(w.re('today-request-ready', { company: person.company })).waitFor();

    // How they are: "3 · Okay" (the number as the language writes it), with a word.
    await page.getByRole('radio', { name: w.re('scale-option', { word: w('mood-okay') }) }).check();
    await page.getByLabel(w('positive-label-mood-note'), { exact: true }).fill(person.note);
    await page.getByRole('button', { name: w('positive-check-in'), exact: true }).click();
    await page.getByText(w('positive-checked-in')).waitFor();

    // One good thing: an idea tapped puts its words in the field; the person makes it theirs.
    await page.getByRole('button', { name: w('fun-idea-walk') }).click();
    const what = page.getByLabel(w('fun-label-what'), { exact: true });
    assert.equal(await what.inputValue(), w('fun-idea-walk'));
    await what.fill(person.fun);
    await page.getByLabel(w('fun-label-with-whom'), { exact: true }).fill(person.withWhom);
    await page.getByRole('button', { name: w('fun-plan-it'), exact: true }).click();
    await page.getByText(w.re('today-planned', { what: person.fun })).waitFor();

    // The request: without a name it asks for one (naming the field as it is labelled here).
    await page.getByRole('button', { name: w('today-copy'), exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: w.re('feedback-name-first') });
    await alert.waitFor();
    assert.equal(
      (await alert.textContent()).trim(),
      w('feedback-name-first', { field: w('today-label-your-name-for-the') }),
      'the note names the name field by its label on this screen',
    );
    await page.getByLabel(w('today-label-your-name-for-the'), { exact: true }).fill(person.name);
    await page.getByRole('button', { name: w('today-copy'), exact: true }).click();
    await page.getByText(w('today-copied')).waitFor();
    const subject = w('feedback-request-subject', { role: person.role, company: person.company });
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(clipboard.startsWith(`${w('feedback-request-subject-line', { subject })}\n\n`), `the copied request begins with its subject:\n${clipboard}`);
    assert.ok(clipboard.includes(w('feedback-request-greeting', { name: person.contact })), 'greets the contact in the language');
    assert.ok(clipboard.endsWith(w('feedback-request-sign-off', { name: person.name })), 'signed in the language');
    assert.doesNotMatch(clipboard, /Dear|Kind regards|Thank you|Subject:/);
    const mailto = new URL(await page.getByRole('link', { name: w('today-open-email'), exact: true }).getAttribute('href'));
    assert.equal(mailto.protocol, 'mailto:');
    assert.equal(decodeURIComponent(mailto.pathname), person.email);
    assert.equal(mailto.searchParams.get('subject'), subject);
    await page.getByRole('button', { name: w('today-sent'), exact: true }).click();
    await page.getByText(w.re('today-request-sent')).waitFor();

    // Where the day can end.
    await page.getByRole('heading', { name: w('today-enough-title') }).waitFor();
    await page.getByText(w('today-enough-close')).waitFor();
    await noEnglish(page, tag, 'For today, done');

    // What they wrote, on the screens of their language. My plan, by the top bar.
    const checkPlan = async () => {
      await onScreen(page, w, 'screen-overview', person.dir);
      const main = page.getByRole('main');
      for (const text of [person.company, person.role, person.fun]) {
        assert.ok((await main.getByText(text).count()) > 0, `My plan shows "${text}"`);
      }
      // What the person wrote is isolated from the words around it.
      const isolated = await main.getByText(person.company).first().evaluate((el) => el.closest('bdi, [dir="auto"]') !== null);
      assert.ok(isolated, `"${person.company}" is isolated (bdi or dir=auto)`);
    };
    await page.getByRole('navigation', { name: w('nav-label') }).getByRole('link', { name: w('nav-my-plan') }).click();
    await checkPlan();

    // Start: the no they recorded, with its stage, in focus.
    await page.goto(`${app.url}#/start`);
    await onScreen(page, w, 'screen-start', person.dir);
    const item = page.getByRole('listitem').filter({ hasText: person.company });
    await item.getByText(w('stage-final-round'), { exact: true }).waitFor();
    await item.getByText(w('start-in-focus'), { exact: true }).waitFor();
    await item.getByText(person.role).waitFor();

    // Stay positive: the check-in on the chart, in the language.
    await page.goto(`${app.url}#/positive`);
    await onScreen(page, w, 'screen-positive', person.dir);
    await page.getByRole('img', { name: w.re('mood-chart-one', { mood: w('mood-okay') }) }).waitFor();
    await page.getByText(w('positive-check-ins'), { exact: true }).click();
    await page.getByText(person.note).waitFor();

    // Feedback: the request, sent, in the language.
    await page.goto(`${app.url}#/feedback`);
    await onScreen(page, w, 'screen-feedback', person.dir);
    await page.getByText(w('request-status-sent'), { exact: true }).waitFor();
    const request = page.getByRole('textbox', { name: w('feedback-label-your-request') });
    assert.ok((await request.inputValue()).startsWith(w('feedback-request-greeting', { name: person.contact })));
    assert.equal(await page.getByLabel(w('feedback-label-your-name-for-the'), { exact: true }).inputValue(), person.name);

    // A reload keeps all of it, and the language.
    await page.goto(`${app.url}#/plan`);
    await page.reload();
    await checkPlan();
    expectNoErrors(page);
  });

  test(`${tag}: the printed plan is in the language, with the person's items and no chrome`, async (t) => {
    const { app, browser } = await startAppAndBrowser(t);
    const page = await newPage(browser, { viewport: { width: 1280, height: 800 }, locale: person.locale });
    await page.goto(app.url);
    await page.locator('#screen-title').waitFor({ timeout: 15_000 });
    await page.evaluate(([key, record]) => localStorage.setItem(key, record), [PLAN_KEY, RECORD]);
    await page.goto('about:blank');
    await page.goto(`${app.url}#/plan`);
    await onScreen(page, w, 'screen-overview', person.dir);
    await page.getByRole('button', { name: w('overview-print') }).waitFor();

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const pages = pdfPages(pdf).length;
    assert.ok(pages >= 1 && pages <= 2, `the plan fits on 1–2 A4 pages (it took ${pages})`);

    const raw = pdfText(pdf);
    if (raw === null) {
      t.diagnostic('could not read the PDF text (and no pdftotext): checked the page count only');
      return;
    }
    // Arabic is drawn as shaped glyphs, and the text Chromium's PDF carries for them reads
    // in the order they are drawn, left to right: each line's Arabic comes out reversed.
    // It is turned back line by line (Latin and digit runs kept as they are), which gives
    // the words back except where a lam-alef ligature stands (its two letters stay in
    // drawing order): the checks below use lines without one, and the Latin items.
    const text = tag === 'ar' ? raw.split('\n').map(visualToLogical).join('\n') : raw;
    // The plan's heading and a line the plan says of an item, in the language...
    assert.ok(text.includes(w('screen-overview')), `the PDF holds the heading "${w('screen-overview')}"`);
    assert.ok(text.includes(w('core-action-skill-target', { skill: 'SQL speed' })), 'a skill target, said in the language');
    if (tag !== 'ar') {
      // (In Arabic the kind of a date is drawn on its own, bold, so this line is split.)
      const interview = w('action-application', { kind: w('app-kind-interview'), role: 'Data analyst', company: 'Contoso' });
      assert.ok(text.includes(interview), `the PDF holds "${interview}"`);
    }
    // ...the person's items, as they wrote them...
    for (const item of ['Northwind', 'Contoso', 'SQL speed', 'Board games', 'Look at retail analytics teams too']) {
      assert.ok(text.includes(item), `the PDF holds "${item}"`);
    }
    // ...and none of the screen's chrome, in the language or in English.
    for (const chrome of [
      w('skip-to-content'),
      w('overview-print'),
      w('overview-add-to-calendar'),
      w('widget-save-saved'),
      w('footer-private'),
      w('next-step', { name: w('short-share') }),
      'Print my plan',
      'Saved on this device',
      'Skill target:',
      'Interview: Data analyst at',
    ]) {
      assert.ok(!text.includes(chrome), `the PDF leaves out "${chrome}"`);
    }
    expectNoErrors(page);
  });
}

// The app reads what was typed into the boot screen in the task that takes the boot
// screen away, after the language's words arrived (src/ui/app.rs, mount()). Read before
// the await, as it once was, whatever is typed while locales/<tag>.json is on its way was
// lost in Spanish, German and Arabic (English fetches nothing, so nothing fell between).
test('what is typed into the boot screen while the language’s words are on their way is kept', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const lost = [];
  for (const [tag, person] of Object.entries(PEOPLE)) {
    const w = words(tag);
    const page = await newPage(browser, { ...PHONE, locale: person.locale });
    // The words' file is held back until the person has typed.
    let asked;
    const fetching = new Promise((resolve) => (asked = resolve));
    let release;
    const released = new Promise((resolve) => (release = resolve));
    await page.route(`**/locales/${tag}.json`, async (route) => {
      asked();
      await released;
      await route.continue();
    });
    await page.goto(app.url);
    const boot = page.locator('#boot');
    await boot.getByRole('heading', { level: 1, name: w('boot-welcome-title') }).waitFor({ timeout: 15_000 });
    // The app runs and has asked for its words; the boot screen is still what is seen.
    await Promise.race([
      fetching,
      new Promise((_, fail) => setTimeout(() => fail(new Error(`${tag}: the app never asked for locales/${tag}.json`)), 15_000)),
    ]);
    await boot.getByLabel(w('boot-company'), { exact: true }).fill(person.company);
    release();
    await boot.waitFor({ state: 'detached', timeout: 15_000 });
    await heading(page, w('boot-welcome-title'));
    const kept = await page.getByLabel(w('boot-company'), { exact: true }).inputValue();
    if (kept !== person.company) lost.push(`${tag}: typed "${person.company}", the app's field holds "${kept}"`);
    expectNoErrors(page);
    await page.context().close();
  }
  assert.deepEqual(lost, [], `typing lost while the words loaded:\n  ${lost.join('\n  ')}`);
});

/**
 * A sender in `from` records a no and copies their share link; a reader whose browser
 * speaks `to` opens it: the preview and the opened plan are in the reader's language, with
 * the sender's words as they wrote them.
 */
async function shareAcross(t, from, to) {
  const { app, browser } = await startAppAndBrowser(t);
  const [sw, rw] = [words(from), words(to)];
  const [sender, reader] = [PEOPLE[from], PEOPLE[to]];

  const page = await newPage(browser, { ...PHONE, locale: sender.locale });
  await page.goto(app.url);
  await recordInLanguage(page, sw, sender);
  await page.getByRole('navigation', { name: sw('nav-label') }).getByRole('link', { name: sw('nav-share') }).click();
  await onScreen(page, sw, 'screen-share', sender.dir);
  const link = await page.getByRole('textbox', { name: sw('share-link-label') }).inputValue();
  assert.ok(!/[?&](lang|hl)=/.test(link), 'the link carries no language');

  const other = await newPage(browser, { ...PHONE, locale: reader.locale });
  await other.goto(link);
  await onScreen(other, rw, 'screen-import', reader.dir);
  await other.getByText(rw('import-from-link-unnamed')).waitFor();
  const main = other.getByRole('main');
  await main.getByText(sender.company).first().waitFor();
  await main.getByText(rw('stage-final-round')).first().waitFor();

  await other.getByRole('button', { name: rw('import-open'), exact: true }).click();
  await onScreen(other, rw, 'screen-overview', reader.dir);
  await other.getByText(rw('widget-imported-opened')).waitFor();
  const company = other.getByRole('main').getByText(sender.company).first();
  await company.waitFor();
  // The sender's words keep their own direction inside the reader's.
  const direction = await company.evaluate((el) => [getComputedStyle(el).direction, el.closest('bdi, [dir="auto"]') !== null]);
  assert.deepEqual(direction, [sender.dir, true], `"${sender.company}" runs ${sender.dir}, isolated, in a ${reader.dir} page`);
  expectNoErrors(page);
  expectNoErrors(other);
}

test('an Arabic sender’s link opens in German for a German reader', async (t) => {
  await shareAcross(t, 'ar', 'de');
});

test('a Spanish sender’s link opens in Arabic, right to left, for an Arabic reader', async (t) => {
  await shareAcross(t, 'es', 'ar');
});

let nextId = 1;
/** Opens the feedback step with one no recorded (stored as the app's record). */
async function openFeedback(page, app, w) {
  const id = nextId++;
  const record = {
    format: 2,
    revision: 1,
    saved_at: '2026-01-01T00:00:00Z',
    folded: [],
    plan: {
      next_id: id + 1,
      rejections: [
        {
          id,
          company: 'Nordwind Analytics',
          role: 'Data analyst',
          stage: 'interview',
          date: isoToday(),
          channel: 'email',
          contact_name: 'Sam',
          contact_email: 'sam@nordwind.test',
          feedback: [],
        },
      ],
    },
  };
  await page.goto(app.url);
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [PLAN_KEY, JSON.stringify(record)]);
  await page.goto('about:blank');
  await page.goto(`${app.url}#/feedback`);
  await heading(page, w('screen-feedback'));
}

/**
 * The feedback request in `requestTag` while the screen is in `uiTag`: the request, its
 * subject, what is copied and the mail link follow the request's language; every word of
 * the screen stays in the screen's.
 */
async function requestAcross(t, uiTag, requestTag, requestName) {
  const { app, browser } = await startAppAndBrowser(t);
  const [w, rq] = [words(uiTag), words(requestTag)];
  const ui = PEOPLE[uiTag];
  const page = await newPage(browser, { ...PHONE, locale: ui.locale });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  await openFeedback(page, app, w);

  await page.getByLabel(w('feedback-label-your-name-for-the'), { exact: true }).fill('Alex');
  const request = page.getByRole('textbox', { name: w('feedback-label-your-request') });
  const subject = page.getByLabel(w('feedback-label-subject'), { exact: true });
  const language = page.getByLabel(w('feedback-request-language'), { exact: true });
  // The screen's language to begin with.
  assert.equal(await language.inputValue(), uiTag);
  await page.waitForFunction(
    (wanted) => document.querySelector('textarea')?.value.startsWith(wanted),
    w('feedback-request-greeting', { name: 'Sam' }),
    { timeout: 15_000 },
  );

  await language.selectOption({ label: requestName });
  const greeting = rq('feedback-request-greeting', { name: 'Sam' });
  const signOff = rq('feedback-request-sign-off', { name: 'Alex' });
  // The name joins the request once typing pauses.
  await page.waitForFunction(
    ([start, end]) => {
      const text = document.querySelector('textarea')?.value ?? '';
      return text.startsWith(start) && text.endsWith(end);
    },
    [greeting, signOff],
    { timeout: 15_000 },
  );
  const role = 'Data analyst';
  const company = 'Nordwind Analytics';
  const body = await request.inputValue();
  assert.ok(body.includes(rq('feedback-request-closing')), `the closing in ${requestTag}:\n${body}`);
  assert.ok(body.includes(role) && body.includes(company), 'names the role and the company');
  assert.ok(!body.includes(w('feedback-request-closing')), `nothing of the ${uiTag} request is left`);
  if (uiTag === 'ar') assert.doesNotMatch(body, /[\u0600-\u06FF]/, 'no Arabic in the German request');
  const wantedSubject = rq('feedback-request-subject', { role, company });
  assert.equal(await subject.inputValue(), wantedSubject);
  // The request runs in its own direction, whatever the screen's.
  assert.equal(await request.evaluate((el) => getComputedStyle(el).direction), 'ltr', `the ${requestTag} request runs left to right`);

  // "Keep me in mind" joins the request in its language.
  await page.getByLabel(w('feedback-keep-in-mind'), { exact: true }).check();
  const keep = rq('feedback-request-keep-in-mind', { company });
  await page.waitForFunction((wanted) => document.querySelector('textarea')?.value.includes(wanted), keep, { timeout: 15_000 });

  // The screen stays in its own language.
  assert.deepEqual(await langDir(page), [uiTag, ui.dir]);
  assert.equal(await page.title(), w('page-title', { screen: w('screen-feedback') }));
  await page.getByRole('heading', { name: w('feedback-title-ask-for-feedback') }).waitFor();
  await page.getByRole('heading', { name: w('feedback-title-track-your-request') }).waitFor();
  await page.getByText(w('feedback-composer-hint')).waitFor();
  await page.getByText(w('feedback-request-language-hint')).waitFor();
  assert.equal(await language.inputValue(), requestTag);
  assert.equal(await page.getByText(rq('feedback-composer-hint')).count(), 0, `no ${requestTag} words on the screen`);

  // What is copied and what opens in the mail app is the request in its language.
  await page.getByRole('button', { name: w('feedback-copy-request'), exact: true }).click();
  await page.getByText(w('feedback-copied')).waitFor();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(clipboard.startsWith(`${rq('feedback-request-subject-line', { subject: wantedSubject })}\n\n${greeting}`), `copied:\n${clipboard}`);
  assert.ok(clipboard.includes(keep));
  const mailto = new URL(await page.getByRole('link', { name: w('feedback-open-in-email'), exact: true }).getAttribute('href'));
  assert.equal(mailto.searchParams.get('subject'), wantedSubject);
  assert.ok(mailto.searchParams.get('body').startsWith(greeting));
  expectNoErrors(page);
}

test('UI in Arabic, request in German: the request is German, the screen stays Arabic', async (t) => {
  await requestAcross(t, 'ar', 'de', 'Deutsch');
});

test('UI in German, request in Spanish: the request is Spanish, the screen stays German', async (t) => {
  await requestAcross(t, 'de', 'es', 'Español');
});
