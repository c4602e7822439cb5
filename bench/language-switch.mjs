// How long a change of language takes, as a person feels it: from the picker's change to
// the end of the first frame in which the screen's heading is in the new language, at 4×
// CPU, with the typical plan on a step with many cards (#/skills). The first switch to a
// language fetches its file (over loopback); the figures after it go between languages
// already on the device, as most switches do. Prints the figures; fails on none.
//
//   node bench/language-switch.mjs --dist DIR --typical FILE [--samples 20]

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { startServer } = await import('../tests/e2e/serve.mjs');
const { launchBrowser, summary, ms, throttledPage, seedScript, CPU_THROTTLE } = await import('./lib.mjs');

const { values: opts } = parseArgs({
  options: { dist: { type: 'string' }, typical: { type: 'string' }, samples: { type: 'string', default: '20' } },
});
if (!opts.dist || !opts.typical) {
  console.error('bench/language-switch.mjs: give --dist DIR and --typical FILE');
  process.exit(2);
}
const record = readFileSync(opts.typical, 'utf8').trim();
const samples = Number(opts.samples);

/** One switch, timed in the page: change event to the frame after the heading changed. */
function switchTo(page, tag) {
  return page.evaluate(async (tag) => {
    const select = document.getElementById('language-choice');
    const heading = () => document.querySelector('main h1')?.textContent;
    const before = heading();
    const start = performance.now();
    select.value = tag;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    // Checked in each frame's requestAnimationFrame, before the frame renders; the end of
    // the first frame that shows the new heading is a task posted from that same callback
    // (one posted from the next frame's would count a frame more).
    await new Promise((resolve) => {
      const check = () => (heading() !== before ? setTimeout(resolve, 0) : requestAnimationFrame(check));
      requestAnimationFrame(check);
    });
    return performance.now() - start;
  }, tag);
}

const server = await startServer({ root: opts.dist, port: 0 });
const browser = await launchBrowser();
try {
  const { page } = await throttledPage(browser, { initScripts: [seedScript('rebound.plan', record)] });
  await page.goto(`${server.url}#/skills`);
  await page.locator('main h1').waitFor();
  await page.waitForTimeout(1000);
  const first = { de: await switchTo(page, 'de'), ar: await switchTo(page, 'ar') };
  const between = [];
  const tags = ['en', 'de', 'ar', 'es'];
  await switchTo(page, 'es');
  for (let i = 0; i < samples; i++) between.push(await switchTo(page, tags[i % tags.length]));
  const s = summary(between);
  console.log(`Language switch at ${CPU_THROTTLE}× CPU, typical plan, #/skills:`);
  console.log(`- first switch to German (file fetched over loopback): ${ms(first.de)}; to Arabic: ${ms(first.ar)}`);
  console.log(`- between languages already on the device, ${s.n} switches: p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, max ${ms(s.max)}`);
} finally {
  await browser.close();
  await server.close();
}
