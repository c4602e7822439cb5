// The Content-Security-Policy and untrusted text.
//
//   - the built index.html carries a strict policy (no 'unsafe-inline', no 'unsafe-eval';
//     trunk's inline loader allowed by its hash), before any script;
//   - a whole journey raises no `securitypolicyviolation` and asks no other origin for
//     anything; a deliberate inline script is blocked and counted (so the count means
//     something);
//   - markup typed into the plan shows as text and never runs.
//
// Needs a built dist/ (make build).

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { DIST_DIR, SCREEN_HEADINGS as SCREENS, expectNoErrors, newPage, startAppAndBrowser } from './lib.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
}

/** Counts CSP violations in every document the page loads (from before its first script). */
async function countViolations(page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        window.cspViolations.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
        ),
      true,
    );
  });
}
const violations = (page) => page.evaluate(() => window.cspViolations);

function policyOf(html) {
  const meta = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i);
  assert.ok(meta, 'index.html has a Content-Security-Policy <meta>');
  const directives = new Map();
  for (const part of meta[1].split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return { directives, index: meta.index };
}

test('the built index.html has a strict Content-Security-Policy that allows its own loader by hash', () => {
  const html = readFileSync(path.join(DIST_DIR, 'index.html'), 'utf8');
  const { directives, index } = policyOf(html);
  assert.deepEqual(directives.get('default-src'), ["'none'"]);
  // The style sheet is inlined, allowed by its hash.
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)];
  assert.equal(styles.length, 1, 'one inlined style sheet');
  const styleHash = `'sha256-${createHash('sha256').update(styles[0][1]).digest('base64')}'`;
  assert.deepEqual(directives.get('style-src'), ["'self'", styleHash]);
  assert.deepEqual(directives.get('img-src'), ["'self'", 'data:']);
  assert.deepEqual(directives.get('connect-src'), ["'self'"]);
  assert.deepEqual(directives.get('manifest-src'), ["'self'"]);
  assert.deepEqual(directives.get('worker-src'), ["'self'"]);
  assert.deepEqual(directives.get('object-src'), ["'none'"]);
  assert.deepEqual(directives.get('base-uri'), ["'none'"]);
  assert.deepEqual(directives.get('form-action'), ["'none'"]);

  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
    ([, attrs]) => !/\bsrc=/i.test(attrs),
  );
  assert.ok(inline.length >= 1, "trunk's inline loader is there");
  const hashes = inline.map(([, , body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  assert.deepEqual(directives.get('script-src'), ["'self'", "'wasm-unsafe-eval'", ...hashes]);
  for (const sources of directives.values()) {
    assert.ok(!sources.includes("'unsafe-inline'") && !sources.includes("'unsafe-eval'"), 'nothing unsafe');
  }
  assert.ok(index < html.search(/<script\b/i), 'the policy comes before the first script');
  assert.match(html, /<meta name="referrer" content="no-referrer"/);
});

test('a whole journey causes no policy violation and stays on its own origin', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, PHONE);
  await countViolations(page);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  page.on('dialog', (d) => d.accept());

  await page.goto(app.url);
  await page.getByLabel('Company', { exact: true }).fill('Acme Analytics');
  await page.getByLabel('Role', { exact: true }).fill('Data analyst');
  await page.getByRole('button', { name: 'Save and start my plan' }).click();
  await heading(page, 'For today');
  await page.getByRole('link', { name: 'Read or change the request first' }).click();
  await heading(page, 'Get the most out of feedback');
  await page.getByLabel('What did they say?', { exact: true }).fill('More SQL practice');
  await page.getByRole('button', { name: 'Add feedback' }).click();
  await page.getByText('More SQL practice').first().waitFor();

  for (const [slug, title] of SCREENS) {
    await page.goto(`${app.url}#/${slug}`);
    await heading(page, title);
    // Disclosures open too (what they hold is rendered and styled).
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  }

  // The share link, a backup download (a blob: URL) and the QR code.
  await page.goto(`${app.url}#/share`);
  await heading(page, 'Share and back up');
  const copyLink = page.getByRole('button', { name: 'Copy link' });
  if (await copyLink.count()) await copyLink.click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Export a backup/ }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.json$/);
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));

  // A cold start under the service worker, then a check-in drawn as a chart.
  await page.reload();
  await heading(page, 'Share and back up');
  await page.goto(`${app.url}#/positive`);
  await heading(page, 'Stay positive');
  await page.getByLabel('3 · Okay', { exact: true }).check();
  await page.getByRole('button', { name: 'Check in' }).click();
  await page.getByRole('img', { name: /check-in/ }).waitFor();
  await page.goto(`${app.url}#/plan`);
  await heading(page, 'My plan');

  assert.deepEqual(await violations(page), [], 'no Content-Security-Policy violations');
  expectNoErrors(page); // includes: no request to any other origin

  // The count means something: an inline script is refused, and counted.
  const probe = await newPage(browser);
  await countViolations(probe);
  await probe.goto(app.url);
  await probe.getByRole('main').waitFor();
  await probe.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.body.append(s);
  });
  await probe.waitForFunction(() => window.cspViolations.length > 0);
  assert.equal(await probe.evaluate(() => window.inlineRan), undefined, 'the inline script did not run');
  assert.match((await violations(probe))[0], /^script-src-elem blocked inline/);
  await probe.context().close();
});

test('markup typed into the plan shows as text and never runs', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, PHONE);
  await countViolations(page);
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });

  const company = '<img src=x onerror=alert(1)>';
  const role = '<script>alert(1)</script>';
  await page.goto(app.url);
  await page.getByLabel('Company', { exact: true }).fill(company);
  await page.getByLabel('Role', { exact: true }).fill(role);
  await page.getByRole('button', { name: 'Save and start my plan' }).click();
  await heading(page, 'For today');

  for (const [slug, title] of [['start', /./], ...SCREENS]) {
    await page.goto(`${app.url}#/${slug}`);
    await heading(page, title);
  }
  await page.goto(`${app.url}#/plan`);
  await heading(page, 'My plan');
  await page.getByText(`${role} at ${company}`).first().waitFor();
  await page.reload();
  await page.getByText(`${role} at ${company}`).first().waitFor();
  await page.goto(`${app.url}#/start`);
  await page.getByText(`${role} at ${company}`).first().waitFor();

  const dom = await page.evaluate(() => ({
    imgX: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.scripts].filter((s) => s.textContent.includes('alert(')).length,
    handlers: document.querySelectorAll('[onerror]').length,
  }));
  assert.deepEqual(dom, { imgX: 0, scripts: 0, handlers: 0 }, 'no element was made from the text');
  assert.deepEqual(dialogs, [], 'no dialog opened');
  assert.deepEqual(await violations(page), [], 'nothing even tried to run');
  expectNoErrors(page);
});
