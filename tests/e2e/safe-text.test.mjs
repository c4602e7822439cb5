// What someone wrote is drawn apart from the app's own words: a direction override in a
// shared name or a typed role cannot turn the words around it, and a right-to-left name
// still reads right to left, in its place. Checked where the words are drawn (text ranges'
// boxes), not only in the DOM. Counts read as a person writes them.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deflateSync } from 'node:zlib';
import { expectNoErrors, newPage, startAppAndBrowser } from './lib.mjs';

const DESKTOP = { width: 1280, height: 800 };
// RIGHT-TO-LEFT OVERRIDE: draws what follows it right to left until its paragraph ends.
const RLO = '\u202E';
const ARABIC_NAME = 'سارة';

/** A share link around the share-form JSON `share`, of format 1, which every Rebound opens. */
function linkTo(base, share) {
  return `${base}#plan=1.${deflateSync(Buffer.from(JSON.stringify(share))).toString('base64url')}`;
}

/** A shared plan from `name` with one rejection. */
function sharedBy(name) {
  return { n: name, r: [{ i: 1, c: 'Acme', r: 'Analyst', s: 2, d: '2026-11-20', h: 0 }], x: 1 };
}

/**
 * Where each of `words` is drawn inside the element: the box of the text range over its
 * first occurrence in the element's text, and the boxes of its characters.
 */
async function drawn(locator, words) {
  return locator.evaluate((el, words) => {
    const nodes = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) nodes.push(walker.currentNode);
    const box = (node, from, to) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      const r = range.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width };
    };
    return words.map((word) => {
      for (const node of nodes) {
        const at = node.data.indexOf(word);
        if (at >= 0) {
          const chars = Array.from(word, (_, i) => i).map((i) => box(node, at + i, at + i + 1).left);
          return { word, ...box(node, at, at + word.length), chars };
        }
      }
      throw new Error(`"${word}" is not in ${JSON.stringify(el.textContent)}`);
    });
  }, words);
}

/** The words are drawn on one line, left to right in the order given. */
function assertReadInOrder(boxes) {
  for (let i = 1; i < boxes.length; i++) {
    const [before, after] = [boxes[i - 1], boxes[i]];
    assert.ok(Math.abs(before.top - after.top) < 4, `"${before.word}" and "${after.word}" are on one line`);
    assert.ok(
      before.left < after.left,
      `"${before.word}" (at ${before.left}) is drawn before "${after.word}" (at ${after.left})`,
    );
  }
}

/** The word's letters are drawn left to right (`rtl`: right to left). */
function assertLetters({ word, chars }, rtl = false) {
  const [first, last] = [chars[0], chars.at(-1)];
  assert.ok(rtl ? first > last : first < last, `the letters of "${word}" run ${rtl ? 'right to left' : 'left to right'}: ${chars}`);
}

test("a direction override in a shared name cannot turn the preview's words around", async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: DESKTOP });
  await page.goto(linkTo(app.url, sharedBy(`Alex${RLO}`)));
  await page.getByRole('heading', { level: 1, name: 'A plan to open' }).waitFor({ timeout: 15_000 });
  const title = page.getByRole('heading', { level: 2, name: /shared a plan with you/ });
  const boxes = await drawn(title, ['Alex', 'shared', 'plan', 'with', 'you']);
  assertReadInOrder(boxes);
  for (const box of boxes) assertLetters(box);
  // The name sits in an isolate of its own.
  assert.equal(await title.locator('bdi').textContent(), `Alex${RLO}`);
  // The preview's lines, too.
  const card = page.getByRole('region', { name: 'The plan, read-only' });
  assertReadInOrder(await drawn(card.getByRole('listitem').first(), ['Analyst', 'at', 'Acme', 'Interview']));
  expectNoErrors(page);
});

test('a direction override typed into a role stays inside it, on screen and on paper', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: DESKTOP });
  await page.goto(app.url);
  await page.getByRole('heading', { level: 1, name: /calm plan for after a job/ }).waitFor({ timeout: 15_000 });
  await page.getByLabel('Company', { exact: true }).fill('Acme');
  await page.getByLabel('Role', { exact: true }).fill(`Analyst${RLO}`);
  await page.getByRole('button', { name: 'Save and start my plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'For today' }).waitFor();

  await page.goto(`${app.url}#/start`);
  const card = page.getByRole('heading', { level: 3, name: /Analyst/ });
  let boxes = await drawn(card, ['Analyst', 'at', 'Acme']);
  assertReadInOrder(boxes);
  assertLetters(boxes[2]);

  await page.goto(`${app.url}#/plan`);
  await page.getByRole('heading', { level: 1, name: 'My plan' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  const inFocus = page.locator('p', { hasText: 'The no these steps are about:' });
  boxes = await drawn(inFocus, ['The no these steps are about', 'Analyst', 'at', 'Acme', 'Interview']);
  assertReadInOrder(boxes);
  assertLetters(boxes[3]);
  await page.emulateMedia({ media: 'screen' });

  await page.goto(`${app.url}#/next`);
  for (const label of ['Company', 'Role', 'Notes']) {
    const field = page.getByLabel(label, { exact: true });
    assert.equal(await field.getAttribute('dir'), 'auto', `${label}: typed text takes its own direction`);
  }
  expectNoErrors(page);
});

test('an Arabic name reads right to left, in its place before the words that follow it', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: DESKTOP });
  await page.goto(linkTo(app.url, sharedBy(ARABIC_NAME)));
  await page.getByRole('heading', { level: 1, name: 'A plan to open' }).waitFor({ timeout: 15_000 });
  const title = page.getByRole('heading', { level: 2, name: /shared a plan with you/ });
  const boxes = await drawn(title, [ARABIC_NAME, 'shared', 'plan', 'you']);
  assertReadInOrder(boxes);
  assertLetters(boxes[0], true);
  assert.equal(await title.textContent(), `${ARABIC_NAME} shared a plan with you`);
  expectNoErrors(page);
});

test('counts read as a person writes them', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: DESKTOP });
  await page.goto(linkTo(app.url, sharedBy('Robin')));
  await page.getByRole('heading', { level: 1, name: 'A plan to open' }).waitFor({ timeout: 15_000 });
  const holds = page.getByRole('region', { name: 'Robin shared a plan with you' }).getByRole('listitem');
  assert.deepEqual(await holds.allTextContents(), ['1 rejection']);
  await page.getByRole('button', { name: 'Open this plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'My plan' }).waitFor();

  await page.goto(`${app.url}#/feedback`);
  await page.getByLabel('What did they say?', { exact: true }).fill('More examples next time');
  await page.getByRole('button', { name: 'Add feedback' }).click();
  await page.getByText('More examples next time').waitFor();
  await page.goto(`${app.url}#/start`);
  await page.getByText('1 feedback point', { exact: true }).waitFor();
  await page.goto(`${app.url}#/plan`);
  const patterns = page.getByRole('region', { name: 'Patterns in your feedback' });
  await patterns.getByText('Across 1 rejection.', { exact: false }).waitFor();
  assert.match(await patterns.getByRole('listitem').first().textContent(), /^Preparation: 1 point from 1 employer$/);
  assert.equal(await page.getByText(/\(s\)|\b1 [a-z]+s\b/).count(), 0, 'no "(s)" and no "1 points"');
  expectNoErrors(page);
});

test('isolated words inside a tap-sized link or chip keep the spaces around them', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
  await page.goto(app.url);
  await page.getByLabel('Company', { exact: true }).fill('Acme');
  await page.getByLabel('Role', { exact: true }).fill('Analyst');
  await page.getByRole('button', { name: 'Save and start my plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'For today' }).waitFor();
  await page.goto(`${app.url}#/feedback`);
  await page.getByLabel('What did they say?', { exact: true }).fill('SQL was slow');
  await page.getByRole('button', { name: 'Add feedback' }).click();
  await page.getByRole('button', { name: 'Make it a skill gap' }).click();
  await page.goto(`${app.url}#/skills`);
  // The link is a flex box (44 px tall); its pieces must stay one run of text.
  const from = page.getByRole('link', { name: /From feedback at/ });
  assert.equal((await from.innerText()).trim(), 'From feedback at Acme');
  await page.goto(`${app.url}#/search`);
  await page.getByLabel('Role title', { exact: true }).fill('Data analyst');
  await page.getByLabel('Skills it asks for', { exact: true }).fill('SQL, Tableau');
  await page.getByRole('button', { name: 'Add role' }).click();
  const chip = page.getByRole('button', { name: '+ Tableau as a skill gap' });
  assert.equal((await chip.innerText()).trim(), '+ Tableau as a skill gap');
  await chip.click();
  assert.equal((await page.locator('.chip.done').filter({ hasText: 'Tableau' }).innerText()).trim(), 'Tableau ✓ planned');
  expectNoErrors(page);
});
