// The journey with the keyboard alone: Tab, Shift+Tab, Enter, Space and the arrow keys,
// never the mouse. Every stop shows where focus is, a new screen puts focus on its
// heading, and "Skip to content" jumps over the header without leaving the screen.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectNoErrors, newPage, startAppAndBrowser } from './lib.mjs';

const DESKTOP = { width: 1280, height: 800 };

/**
 * What has focus: its tag, a name (aria-label, label, or text), whether it is the screen
 * heading, whether its outline shows, and whether it is inside the viewport.
 */
function focusInfo(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body', name: '' };
    const label = el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || '';
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type') || '',
      id: el.id,
      name: label.replace(/\s+/g, ' ').trim(),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      outlineText: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      inView: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
      checked: el.checked ?? null,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element's name matches `name`, checking on
 * the way that every stop has a visible outline and is scrolled into view.
 */
async function tabTo(page, name, { back = false, max = 120 } = {}) {
  const key = back ? 'Shift+Tab' : 'Tab';
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focusInfo(page);
    assert.notEqual(f.tag, 'body', `focus fell off the page while looking for ${name}`);
    assert.ok(f.outline, `focus is visible on <${f.tag}> "${f.name}" (outline: ${f.outlineText})`);
    assert.ok(f.inView, `<${f.tag}> "${f.name}" is scrolled into view when focused`);
    if (typeof name === 'string' ? f.name === name : name.test(f.name)) return f;
  }
  assert.fail(`no focus stop named ${name} within ${max} presses of ${key}`);
}

/**
 * After a move to another screen: focus is on its heading, which says `title`, and the
 * screen is whole (its lower part is built in the task after its first frame,
 * src/ui/widgets/deferred.rs, which moves the links below it down the page).
 */
async function headingFocused(page, title) {
  await page.waitForFunction(
    (t) => document.activeElement?.id === 'screen-title' && document.activeElement.textContent.includes(t),
    title,
    { timeout: 15_000 },
  );
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
}

test('the journey with the keyboard alone, focus always visible', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: DESKTOP });
  page.on('dialog', (d) => d.accept());
  await page.goto(app.url);
  // The app's own heading (index.html paints a static one with the same words first).
  await page.locator('#screen-title').filter({ hasText: /calm plan for after a job/ }).waitFor({ timeout: 15_000 });

  // The first Tab reaches "Skip to content", which shows itself and jumps to the screen.
  await page.keyboard.press('Tab');
  let f = await focusInfo(page);
  assert.equal(f.name, 'Skip to content');
  assert.ok(f.outline && f.inView, 'the skip link is visible when focused');
  await page.keyboard.press('Enter');
  await headingFocused(page, 'A calm plan');
  assert.match(page.url(), /\/(#\/start)?$/, 'the skip link does not change the screen');

  // Start: company and role, the channel by arrow keys, the stage by arrow keys, the
  // optional contact details opened with Space, then Enter on the submit button.
  await tabTo(page, 'Company');
  await page.keyboard.type('Northwind');
  await page.keyboard.press('Tab');
  assert.equal((await focusInfo(page)).name, 'Role');
  await page.keyboard.type('Junior data analyst');
  f = await tabTo(page, 'Email');
  assert.equal(f.type, 'radio');
  await page.keyboard.press('ArrowRight');
  f = await focusInfo(page);
  assert.equal(f.type, 'radio');
  assert.notEqual(f.name, 'Email', 'the arrow key moves to the next channel');
  assert.equal(f.checked, true, 'and selects it');
  const channel = f.name;
  await tabTo(page, 'Stage reached');
  const stageBefore = await page.getByLabel('Stage reached', { exact: true }).inputValue();
  await page.keyboard.press('ArrowDown');
  const stage = await page.getByLabel('Stage reached', { exact: true }).inputValue();
  assert.notEqual(stage, stageBefore, 'the arrow key changes the stage');
  await tabTo(page, 'Contact and message (optional)');
  await page.keyboard.press('Space');
  await tabTo(page, 'Contact name');
  await page.keyboard.type('Dana');
  await tabTo(page, 'Save and start my plan');
  await page.keyboard.press('Enter');

  // For today: focus lands on its heading; its link leads on to the request.
  await headingFocused(page, 'For today');
  await tabTo(page, 'Read or change the request first');
  await page.keyboard.press('Enter');

  // 1 Feedback: focus lands on the heading; add a point with the keyboard.
  await headingFocused(page, 'Get the most out of feedback');
  assert.match(page.url(), /#\/feedback$/);
  assert.equal(await page.getByRole('textbox', { name: 'Your request' }).inputValue().then((v) => /^Dear Dana,/.test(v)), true);
  await tabTo(page, 'What did they say?');
  await page.keyboard.type('SQL answers were a little slow');
  await tabTo(page, 'Category');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, 'Add feedback');
  await page.keyboard.press('Space');
  await page.getByText('SQL answers were a little slow').waitFor();

  // Through the steps by their "Next: …" links; Shift+Tab finds the previous-step link.
  const steps = [
    [/^Next: Search/, 'Refine your search', 'search'],
    [/^Next: Skills/, 'Fill your skill gaps', 'skills'],
    [/^Next: Fun/, 'Do something fun', 'fun'],
    [/^Next: Positive/, 'Stay positive', 'positive'],
    [/^Next: Next job/, 'Focus on the next job', 'next'],
    [/^Next: My plan/, 'My plan', 'plan'],
  ];
  for (const [link, title, slug] of steps) {
    await tabTo(page, link);
    await tabTo(page, /^← /, { back: true });
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await headingFocused(page, title);
    assert.match(page.url(), new RegExp(`#/${slug}$`));
    if (slug === 'next') {
      // A checklist item ticked with Space.
      f = await tabTo(page, /^Read up on the company/);
      assert.equal(f.type, 'checkbox');
      const before = f.checked;
      await page.keyboard.press('Space');
      assert.equal((await focusInfo(page)).checked, !before, 'Space ticks the checkbox');
    }
  }

  // The overview has what was entered with the keyboard.
  const main = page.getByRole('main');
  await main.getByText('Junior data analyst at Northwind').first().waitFor();
  await main.getByText(/SQL answers were a little slow/).first().waitFor();
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('rebound.plan')));
  const rejection = stored.plan.rejections[0];
  assert.equal(rejection.contact_name, 'Dana');
  assert.notEqual(rejection.channel, 'email', `the channel picked by arrow key (${channel})`);
  assert.equal(rejection.stage, stage);

  // "Skip to content" from a later screen keeps the screen and moves focus to it.
  await tabTo(page, 'Skip to content', { back: true });
  await page.keyboard.press('Enter');
  await headingFocused(page, 'My plan');
  assert.match(page.url(), /#\/plan$/);
  expectNoErrors(page);
});

test('the step indicator and header links work from the keyboard', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
  await page.goto(`${app.url}#/about`);
  await page.locator('#screen-title').filter({ hasText: 'About Rebound' }).waitFor({ timeout: 15_000 });
  await page.evaluate(() => document.activeElement?.blur());
  await tabTo(page, /^Step 3: Skills/);
  await page.keyboard.press('Enter');
  await headingFocused(page, 'Fill your skill gaps');
  // Shift+Tab from the heading goes back up into the step indicator.
  const f = await tabTo(page, /^Step 6: Next job/, { back: true });
  assert.equal(f.tag, 'a');
  await tabTo(page, 'Share', { back: true });
  await page.keyboard.press('Enter');
  await headingFocused(page, 'Share and back up');
  expectNoErrors(page);
});
