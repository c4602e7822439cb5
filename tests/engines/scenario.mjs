// The engines stage's one scenario, run by each adapter (firefox.test.mjs, webkit.test.mjs)
// against the release build served by nginx with the project's own deploy/nginx.conf
// (precompressed files, ETag revalidation, the security headers), on a phone-sized screen.
// It is about what a person sees and does, found by visible labels, names and text, so it
// does not depend on how the plan is stored.
//
//   1. boots at / and under /rebound/;
//   2. the probe (probe.js) is shown to see console errors, CSP violations and requests,
//      so that "none" below means none;
//   3. the whole journey through the six steps, to "6 of 6 steps done";
//   4. reload persistence, also straight after typing (the pagehide flush);
//   5. deep links to every screen; back and forward;
//   6. the .ics download and a backup file download;
//   7. the share link (and its QR code);
//   8. a full storage: "Not saved", and saving resumes when there is room;
//   9. offline: with nginx stopped, the service worker starts the app, deep links too;
//  10. a new release: "A new version of Rebound is ready.", and "Reload" switches to it;
//  11. a fresh profile: a backup file restores the plan;
//  12. another fresh profile with a plan of its own opens the share link: a read-only
//      preview, then "Keep both", then "Replace my plan";
//  13. a reviewer in a fresh profile reviews the shared link, keeps the review across a
//      reload and sends it; the owner (the plan restored from its backup in another fresh
//      profile) keeps a comment and accepts a suggestion;
//  14. with web storage turned off, the app works in memory and says so.
//
// After every step: no console error, no uncaught exception, no CSP violation, no request
// to another origin (the probe), and nginx answered no request with an error.
// The steps share one browser session where they build on each other; a failed step
// skips the rest.

import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { SCREEN_HEADINGS, fillLocalStorage } from '../e2e/lib.mjs';
import { startNginx, touchTree } from '../e2e/nginx.mjs';
import { Page, instrumentedBuilds } from './lib.mjs';

const STEP_TIMEOUT = 120_000;
const UPDATE_PROMPT = 'A new version of Rebound is ready.';

function isoDaysFromNow(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The overview shows everything the journey planned. */
async function checkOverview(p) {
  await p.heading('My plan');
  await p.text('6 of 6 steps done');
  for (const text of [
    'Interview: Junior analyst at Contoso',
    'A game night with Jo and Ben',
    'Skill target: SQL window functions',
    'Retail data analyst (Junior)',
    'SQL answers were not fluent enough [Skills or experience gap]',
  ]) {
    await p.text(text);
  }
}

/** The rejections listed on the start screen ("<role> at <company>"). */
async function rejections(p, url) {
  await p.goto(`${url}#/start`);
  await p.heading('What happened');
  return p.run(() => [...document.querySelectorAll('main h3')].map((h) => h.textContent.replace(/\s+/g, ' ').trim()));
}

/** Waits until the service worker controls the page (reloading once if it must). */
async function controlled(p) {
  await p.waitFor('the service worker to be active', () => navigator.serviceWorker.ready.then(() => true), [], { timeout: 30_000 });
  try {
    await p.waitFor('the service worker to control the page', () => navigator.serviceWorker.controller !== null, [], { timeout: 5_000 });
  } catch {
    await p.reload();
    await p.waitFor('the service worker to control the page', () => navigator.serviceWorker.controller !== null, [], { timeout: 15_000 });
  }
}

/**
 * Registers the scenario as one test with a subtest per step, for `engine`
 * ({ name, launch(options) }: firefox.mjs or webkit.mjs).
 */
export function scenario(engine) {
  test(`${engine.name}: boot, journey, reloads, links, downloads, sharing, storage, offline and updates`, async (t) => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), `rebound-engines-${engine.name.toLowerCase()}-`));
    const sessions = [];
    const sites = [];
    t.after(async () => {
      for (const s of sessions) await s.close().catch(() => {});
      for (const s of sites) await s.close().catch(() => {});
      rmSync(tmp, { recursive: true, force: true });
    });

    // Release 1 as on a host where it has been for an hour; release 2 deployed a minute ago.
    const { release1, v1, release2, v2 } = instrumentedBuilds(tmp);
    touchTree(release1, new Date(Date.now() - 3600_000));
    touchTree(release2, new Date(Date.now() - 60_000));
    const root = await startNginx({ root: release1, base: '/' });
    const sub = await startNginx({ root: release1, base: '/rebound/' });
    sites.push(root, sub);
    const url = sub.url;

    const launch = async (options) => {
      const page = new Page(await engine.launch(options));
      sessions.push(page);
      return page;
    };
    const close = async (page) => {
      sessions.splice(sessions.indexOf(page), 1);
      await page.close();
    };
    const nginxErrors = (site) => site.log().filter((l) => l.status >= 400);

    let failed = null;
    const step = async (name, fn) => {
      if (failed) {
        await t.test(name, { skip: `an earlier step failed (${failed})` }, () => {});
        return;
      }
      await t.test(name, async (st) => {
        const started = Date.now();
        let timer;
        try {
          await Promise.race([
            fn(),
            new Promise((_, reject) => {
              timer = setTimeout(() => reject(new Error(`the step took over ${STEP_TIMEOUT / 1000} s`)), STEP_TIMEOUT);
            }),
          ]);
          for (const site of sites) assert.deepEqual(nginxErrors(site), [], 'nginx answered no request with an error');
        } catch (err) {
          failed = name;
          throw err;
        } finally {
          clearTimeout(timer);
          st.diagnostic(`${((Date.now() - started) / 1000).toFixed(1)} s`);
        }
      });
    };

    let p; // the main session: steps 1 to 10
    const shared = {};

    await step('boots at / and under /rebound/', async () => {
      p = await launch();
      t.diagnostic(`browser: ${p.version}`);
      await p.goto(root.url);
      await p.appReady();
      await p.heading(/calm plan for after a job/);
      await p.expectNoProblems();
      await p.goto(url);
      await p.appReady();
      await p.heading(/calm plan for after a job/);
      await p.expectNoProblems();
      const screen = await p.run(() => `${innerWidth} x ${innerHeight}`);
      t.diagnostic(`page size: ${screen}`);
    });

    await step('the probe sees console errors, CSP violations and requests (so "none" means none)', async () => {
      await p.run(() => {
        console.error('probe self-test');
        const s = document.createElement('script');
        s.textContent = 'window.inlineRan = true';
        document.body.append(s);
      });
      const seen = await p.waitFor('the probe to record the error and the violation', () => {
        const found = window.reboundProbe.problems();
        return found.some((x) => x.includes('probe self-test')) && found.some((x) => /^CSP violation: script-src/.test(x)) && found;
      });
      assert.equal(seen.length, 2, `exactly those two: ${seen.join(' | ')}`);
      assert.equal(await p.run(() => window.inlineRan ?? null), null, 'the inline script did not run');
      const requests = await p.run(() => window.reboundProbe.requests());
      assert.ok(requests.some((r) => r.endsWith('_bg.wasm')), `the probe sees the page's requests (${requests.join(', ')})`);
      await p.clearProblems();
      await p.expectNoProblems();
    });

    await step('the whole journey through the six steps', async () => {
      // Start: the rejection.
      await p.fill('Company', 'Acme Analytics');
      await p.fill('Role', 'Data analyst');
      await p.select('Stage reached', 'Final round');
      // Two days ago: the steps are counted (never on the day of the no).
      await p.fill('Date of the no', isoDaysFromNow(-2));
      await p.disclose('Contact and message (optional)');
      await p.fill('Contact name', 'Sam');
      await p.fill('Contact email', 'sam@acme.test');
      await p.button('Save and start my plan');

      // For today, the day-one path; then 1 Feedback.
      await p.heading('For today');
      await p.text('Enough for today');
      await p.link('Read or change the request first');
      await p.heading('Get the most out of feedback');
      assert.match(await p.url(), /#\/feedback$/);
      await p.fill('Your name (for the sign-off)', 'Alex');
      await p.waitFor('the request to be signed by Alex', () => document.querySelector('textarea')?.value.includes('Alex'));
      assert.match(await p.value('Your request'), /^Dear Sam,/);
      await p.button('Copy request');
      await p.text('Copied. Paste it into an email or message.');
      await p.button('I sent it');
      await p.text(/send one friendly reminder on/);
      await p.fill('What did they say?', 'SQL answers were not fluent enough');
      await p.select('Category', 'Skills or experience gap');
      await p.button('Add feedback');
      await p.text('SQL answers were not fluent enough');
      await p.button('Make it a skill gap');
      await p.has('link', /Skill gap: SQL answers were not fluent enough/);

      // 2 Search.
      await p.link(/^Next: Search/);
      await p.heading('Refine your search');
      await p.fill('Your skills', 'SQL, Excel');
      await p.select('The level your experience supports', 'Junior');
      await p.button('Save my skills');
      await p.fill('Role title', 'Retail data analyst');
      await p.fill('Area', 'Retail');
      await p.select('Level', 'Junior');
      await p.fill('Skills it asks for', 'SQL, Excel, Tableau');
      await p.button('Add role');
      await p.text(/66% of the listed skills/);
      await p.button('+ Tableau as a skill gap');
      // The skill's name is isolated in its own element inside the chip (a flex row).
      await p.text(/Tableau\s*✓ planned/);

      // 3 Skills.
      await p.link(/^Next: Skills/);
      await p.heading('Fill your skill gaps');
      await p.has('heading', 'Tableau');
      await p.fill('Skill', 'SQL window functions');
      await p.fill('Target date', isoDaysFromNow(30));
      await p.fill('If…', 'it is Saturday morning');
      await p.fill('then I…', 'do one practice set');
      await p.button('Add skill gap');
      await p.text('If it is Saturday morning, then I do one practice set.');
      await p.select('Status of Tableau', 'In progress');

      // 4 Fun.
      await p.link(/^Next: Fun/);
      await p.heading('Do something fun');
      await p.button('A game night');
      assert.equal(await p.value('What will you do?'), 'A game night');
      await p.fill('With whom', 'Jo and Ben');
      await p.check('2 · Low');
      await p.button('Plan it');
      await p.has('heading', 'A game night with Jo and Ben');

      // 5 Positive.
      await p.link(/^Next: Positive/);
      await p.heading('Stay positive');
      await p.check('3 · Okay');
      await p.button('Check in');
      await p.has('img', /One check-in: Okay/);
      await p.fill('The thought', 'I will never get an analyst job');
      await p.fill('A kinder, balanced view', 'I reached the final round, so I am close');
      await p.button('Save reframe');
      await p.text('→ I reached the final round, so I am close');
      await p.button('Wipe the slate clean');
      await p.text(/Slate wiped clean on/);

      // 6 Next job.
      await p.link(/^Next: Next job/);
      await p.heading('Focus on the next job');
      await p.fill('Company', 'Contoso');
      await p.fill('Role', 'Junior analyst');
      await p.fill('Date', isoDaysFromNow(7));
      await p.fill('Time', '10:30');
      await p.button('Add to my plan');
      await p.has('heading', 'Junior analyst at Contoso');
      await p.text('in 7 days');

      // My plan.
      await p.link(/^Next: My plan/);
      await checkOverview(p);
      await p.expectNoProblems();
    });

    await step('the plan survives reloads, even one straight after an edit (the pagehide flush)', async () => {
      await p.reload();
      await checkOverview(p);
      await p.goto(`${url}#/skills`);
      await p.heading('Fill your skill gaps');
      await p.fill('Skill', 'Public speaking');
      await p.button('Add skill gap');
      await p.has('heading', 'Public speaking');
      await p.reload(); // at once: the debounced save has not run yet
      await p.heading('Fill your skill gaps');
      await p.has('heading', 'Public speaking');
      await p.has('heading', 'SQL window functions');
      await p.expectNoProblems();
    });

    await step('deep links open every screen; back and forward move between them', async () => {
      for (const [slug, title] of SCREEN_HEADINGS) {
        await p.goto(`${url}#/${slug}`);
        await p.heading(title);
      }
      // Back twice and forward once through the last screens opened.
      const title = (fromEnd) => SCREEN_HEADINGS[SCREEN_HEADINGS.length - 1 - fromEnd][1];
      await p.back();
      await p.heading(title(1));
      await p.back();
      await p.heading(title(2));
      await p.forward();
      await p.heading(title(1));
      // A deep link opened from outside: a fresh load of that address.
      await p.goto('about:blank');
      await p.goto(`${url}#/skills`);
      await p.heading('Fill your skill gaps');
      const current = await p.run(() => document.querySelector('nav[aria-label="Steps"] [aria-current="step"]')?.getAttribute('aria-label'));
      assert.match(current ?? '', /^Step 3: Skills/, 'the step indicator marks the screen');
      await p.link('My plan');
      await p.heading('My plan');
      await p.back();
      await p.heading('Fill your skill gaps');
      await p.expectNoProblems();
    });

    await step('in Arabic the app reads right to left, keeps what was written, and stays so after a reload', async () => {
      await p.goto(`${url}#/skills`);
      await p.heading('Fill your skill gaps');
      await p.select('Language', 'العربية');
      await p.heading('سدّ فجوات مهاراتك');
      const page = () => p.run(() => [document.documentElement.lang, document.documentElement.dir]);
      assert.deepEqual(await page(), ['ar', 'rtl']);
      await p.has('heading', 'Public speaking');
      await p.reload();
      await p.heading('سدّ فجوات مهاراتك');
      assert.deepEqual(await page(), ['ar', 'rtl']);
      await p.goto(`${url}#/plan`);
      await p.heading('خطتي');
      await p.select('اللغة', 'English');
      await p.heading('My plan');
      assert.deepEqual(await page(), ['en', 'ltr']);
      await p.expectNoProblems();
    });

    await step('the calendar (.ics) and a backup file download', async () => {
      await p.goto(`${url}#/plan`);
      await p.heading('My plan');
      const ics = await p.download(/\.ics$/, () => p.button('Add dates to my calendar (.ics)'));
      assert.equal(ics.name, 'rebound-plan.ics');
      assert.match(ics.text, /^BEGIN:VCALENDAR\r\n/);
      assert.match(ics.text, /\r\nSUMMARY:Interview: Junior analyst at Contoso\r\n/);
      assert.match(ics.text, /END:VCALENDAR\r\n$/);

      await p.goto(`${url}#/share`);
      await p.heading('Share and back up');
      const backup = await p.download(/\.json$/, () => p.button('Export a backup file'));
      assert.match(backup.name, /^rebound-plan-\d{4}-\d\d-\d\d\.json$/);
      assert.doesNotThrow(() => JSON.parse(backup.text), 'the backup is JSON');
      for (const text of ['Acme Analytics', 'SQL window functions', 'Public speaking']) assert.ok(backup.text.includes(text), `the backup has "${text}"`);
      shared.backup = path.join(tmp, backup.name);
      copyFileSync(backup.file, shared.backup);
      await p.expectNoProblems();
    });

    await step('the plan becomes a share link, with a QR code', async () => {
      const link = await p.value('Your share link');
      assert.ok(link.startsWith(`${url}#plan=2.`), `a link to this copy of Rebound (${link.slice(0, 60)}…)`);
      await p.text(`${link.length} characters`);
      await p.disclose('Show a QR code');
      await p.has('img', 'QR code of your share link');
      shared.link = link;
      await p.expectNoProblems();
    });

    await step('a full storage says the plan is not saved, and saving resumes when there is room', async () => {
      await p.goto(`${url}#/skills`);
      await p.heading('Fill your skill gaps');
      await p.status('Saved on this device');
      await p.run(fillLocalStorage);
      await p.fill('Skill', 'A skill that does not fit');
      // The words typed are a draft, which does not fit either: the notice says so before
      // the person clicks, as it would for someone reading the page.
      await p.text('Your latest changes are not saved yet.');
      await p.button('Add skill gap');
      // The gap is on screen, and its own save (after the draft's) is still told as not done.
      await p.has('heading', 'A skill that does not fit');
      await p.status('Not saved');
      await p.run(() => {
        for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
      });
      await p.status('Saved on this device', { timeout: 30_000 });
      await p.reload();
      await p.heading('Fill your skill gaps');
      await p.has('heading', 'A skill that does not fit');
      await p.expectNoProblems({ ignore: [/quota/i] });
    });

    await step('after one visit, the app starts offline (nginx stopped), deep links too', async () => {
      await controlled(p);
      await sub.stop();
      await p.reload();
      await p.heading('Fill your skill gaps');
      await p.has('heading', 'Public speaking');
      await p.goto('about:blank');
      await p.goto(`${url}#/plan`);
      await checkOverview(p);
      await p.goto(`${url}?from=home-screen#/search`);
      await p.heading('Refine your search');
      await p.goto(`${url}#/skills`);
      await p.heading('Fill your skill gaps');
      await p.expectNoProblems();
    });

    await step('a new release is offered, never forced, and "Reload" switches to it', async () => {
      sub.serve(release2);
      await sub.start();
      assert.equal(await p.buildVersion(), v1);
      await p.reload();
      await p.heading('Fill your skill gaps');
      await p.text(UPDATE_PROMPT, { timeout: 30_000 });
      assert.equal(await p.buildVersion(), v1, 'the new release does not take over by itself');
      await p.button('Reload');
      await p.waitFor(
        'release 2 to run',
        (v2) => document.querySelector('meta[name="rebound-build"]')?.content === v2 && !document.getElementById('boot'),
        [v2],
        { timeout: 30_000 },
      );
      await p.heading('Fill your skill gaps');
      await p.has('heading', 'Public speaking');
      assert.equal(await p.shows(UPDATE_PROMPT), false, 'no prompt on the newest release');
      const log = sub.log();
      assert.ok(log.some((l) => l.path === '/rebound/sw.js' && l.status === 200), 'the new worker came from nginx');
      // Revalidation itself (304s) is checked in Chromium (tests/e2e/nginx.test.mjs):
      // WebKitGTK under WebDriver keeps no HTTP cache, so it never asks conditionally.
      const revalidated = log.filter((l) => l.status === 304).length;
      t.diagnostic(`nginx answered ${log.length} requests, ${revalidated} of them 304; accept-encoding: ${[...new Set(log.map((l) => l.acceptEncoding).filter(Boolean))].join(' / ')}`);
      await p.expectNoProblems();
      await close(p);
    });

    await step('in a fresh profile, a backup file restores the plan', async () => {
      const fresh = await launch();
      await fresh.goto(`${url}#/share`);
      await fresh.appReady();
      await fresh.heading('Share and back up');
      await fresh.setFiles('Restore from a backup file', shared.backup);
      await fresh.heading('A plan to open');
      await fresh.has('heading', 'Alex saved this plan in a backup file');
      await fresh.button('Open this plan');
      await checkOverview(fresh);
      await fresh.reload();
      await checkOverview(fresh);
      await fresh.expectNoProblems();
      await close(fresh);
    });

    await step('in a fresh profile with its own plan, the link shows a preview; keep both, then replace', async () => {
      const other = await launch();
      await other.goto(url);
      await other.appReady();
      await other.fill('Company', 'Northwind Traders');
      await other.fill('Role', 'BI developer');
      await other.button('Save and start my plan');
      await other.heading('For today');
      await other.status('Saved on this device');

      // Opened from a chat app: a fresh load of the link.
      await other.goto('about:blank');
      await other.goto(shared.link);
      await other.heading('A plan to open');
      await other.has('heading', 'Alex shared a plan with you');
      await other.text('You already have a plan on this device.');
      await other.button('Keep both');
      await other.heading('My plan');
      await other.text('Added the shared items beside your own.');
      assert.doesNotMatch(await other.url(), /plan=/, 'the link leaves the address bar');
      assert.deepEqual((await rejections(other, url)).sort(), ['BI developer at Northwind Traders', 'Data analyst at Acme Analytics']);

      await other.goto('about:blank');
      await other.goto(shared.link);
      await other.heading('A plan to open');
      await other.button('Replace my plan');
      await other.heading('My plan');
      await other.text(/Your previous plan is kept/);
      assert.deepEqual(await rejections(other, url), ['Data analyst at Acme Analytics']);
      await other.expectNoProblems();
      await close(other);
    });

    await step('a reviewer in a fresh profile reviews the shared plan; its owner takes in the reply', async () => {
      const reviewer = await launch();
      await reviewer.goto(shared.link);
      await reviewer.heading('A plan to open');
      await reviewer.button('Review this plan');
      await reviewer.heading('Alex’s plan');
      await reviewer.fill('Comment on: Data analyst at Acme Analytics', 'A final round is worth a lot.');
      await reviewer.select('What kind of suggestion', 'A change to their search');
      await reviewer.fill('The change', 'Ask two people for a referral');
      await reviewer.button('Add suggestion');
      await reviewer.text(/A change to your search: Ask two people for a referral/);
      await reviewer.fill('Your name', 'Sam');
      // Kept on the reviewer's device: a reload finds the review as it was.
      await reviewer.reload();
      await reviewer.heading('Alex’s plan');
      assert.equal(await reviewer.value('Your name'), 'Sam');
      await reviewer.button('Send my review');
      const reply = await reviewer.value('Your review link');
      assert.ok(reply.startsWith(`${url}#review=1.`), `a reply to this copy of Rebound (${reply.slice(0, 60)}…)`);
      await reviewer.expectNoProblems();
      await close(reviewer);

      // The owner, on a device of theirs that holds the plan (restored from its backup,
      // which carries the plan's id, as the link does).
      const owner = await launch();
      await owner.goto(`${url}#/share`);
      await owner.appReady();
      await owner.setFiles('Restore from a backup file', shared.backup);
      await owner.button('Open this plan');
      await owner.heading('My plan');
      await owner.goto('about:blank');
      await owner.goto(reply);
      await owner.heading('Sam reviewed your plan');
      await owner.button('Keep');
      await owner.text('Kept on its card.');
      await owner.button('Accept');
      await owner.text('Accepted: it is in your plan.');
      await owner.reload();
      await owner.heading('Sam reviewed your plan');
      await owner.text('Accepted: it is in your plan.');
      await owner.expectNoProblems();
      await close(owner);
    });

    await step('with web storage turned off, the app works in memory and says so', async () => {
      const bare = await launch({ storage: false });
      await bare.goto(url);
      await bare.appReady();
      await bare.text('This browser is not letting Rebound save.');
      await bare.fill('Company', 'Fabrikam');
      await bare.fill('Role', 'Analyst');
      await bare.button('Save and start my plan');
      await bare.heading('For today');
      await bare.status('Not saved: this tab only');
      await bare.expectNoProblems();
      await close(bare);
    });
  });
}
