// Builds side by side: what a person feels of each, measured in turns so that a busy
// moment of the machine falls on every build alike. For deciding between two ways of
// writing the same thing (a size trick or the plain idiom, one i18n library or another):
//
//   node bench/compare.mjs --build main=target/cmp/main --build plain=target/cmp/plain \
//     --typical target/bench/typical-record.json [--rounds 5] [--samples 10]
//
// Each --build is a dist/ directory (trunk build --release --dist DIR). --typical is the
// typical plan make bench writes (target/bench/typical-record.json). For each build it
// prints: the wasm's size (raw, gzip -9); the first visit on slow 4G through gzip at 4×
// CPU (the app takes over, ready to type; median of `rounds`); boot to the first frame
// at 4× CPU (median); and the typical plan's interactions at 4× CPU (p50 and p95 of
// `samples` × `rounds`). Nothing here fails on a figure.

import { readFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';

const { startServer } = await import('../tests/e2e/serve.mjs');
const { launchBrowser, summary, median, int, ms } = await import('./lib.mjs');
const { fileSizes } = await import('./sizes.mjs');
const { bootTimes, firstVisitReady, responsiveness } = await import('./browser.mjs');
const { startCompressingProxy } = await import('./gzip-proxy.mjs');

const { values: opts } = parseArgs({
  options: {
    build: { type: 'string', multiple: true },
    typical: { type: 'string' },
    rounds: { type: 'string', default: '5' },
    samples: { type: 'string', default: '10' },
  },
});
if (!opts.build?.length || !opts.typical) {
  console.error('bench/compare.mjs: give --build name=DIR (two or more) and --typical FILE');
  process.exit(2);
}
const builds = opts.build.map((arg) => {
  const [name, dir] = arg.split('=');
  return { name, dir };
});
const rounds = Number(opts.rounds);
const samples = Number(opts.samples);
const typicalText = readFileSync(opts.typical, 'utf8').trim();
const gaps = JSON.parse(typicalText).plan.skill_gaps.map((g) => ({ skill: g.skill, status: g.status }));
const KINDS = ['add', 'status', 'typeSkill', 'typeFeedback', 'typeName', 'next'];

const loads = [os.loadavg()[0]];
setInterval(() => loads.push(os.loadavg()[0]), 5000).unref();

for (const b of builds) {
  b.sizes = fileSizes(b.dir);
  b.server = await startServer({ root: b.dir, port: 0 });
  b.proxy = await startCompressingProxy(b.server.url, { encoding: 'gzip' });
  await b.proxy.prime(['', ...b.sizes.map((f) => f.path)]);
  b.takeover = [];
  b.ready = [];
  b.boot = [];
  b.interactions = Object.fromEntries(KINDS.map((k) => [k, []]));
}

const browser = await launchBrowser();
try {
  for (let round = 0; round < rounds; round++) {
    process.stdout.write(`compare: round ${round + 1} of ${rounds}\n`);
    // Each build's turn within a round comes in a different order each round.
    const order = builds.map((_, i) => builds[(i + round) % builds.length]);
    for (const b of order) {
      const visit = await firstVisitReady(browser, { [b.name]: b.proxy.url }, { runs: 1 });
      b.takeover.push(visit[b.name].takeover.p50);
      b.ready.push(visit[b.name].ready.p50);
      const boot = await bootTimes(browser, b.server.url, { runs: 1 });
      b.boot.push(boot.frame.p50);
      const resp = await responsiveness(browser, b.server.url, { record: typicalText, gaps, samples });
      for (const k of KINDS) b.interactions[k].push(...resp[k].map((s) => s.frame));
    }
  }
} finally {
  await browser.close();
  for (const b of builds) {
    await b.proxy.close();
    await b.server.close();
  }
}

const wasmOf = (b) => b.sizes.find((s) => s.path.endsWith('.wasm'));
const firstVisitGzip = (b) => b.sizes.reduce((n, f) => n + f.gzip, 0);
const cells = (f) => builds.map(f).join(' | ');
const L = [];
L.push(`Compared at ${new Date().toISOString()}, ${rounds} rounds, ${samples} samples of each interaction a round; load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}.`);
L.push('');
L.push(`| Figure | ${builds.map((b) => b.name).join(' | ')} |`);
L.push(`| --- | ${builds.map(() => '---:').join(' | ')} |`);
L.push(`| wasm, raw | ${cells((b) => `${int(wasmOf(b).raw)} B`)} |`);
L.push(`| wasm, gzip -9 | ${cells((b) => `${int(wasmOf(b).gzip)} B`)} |`);
L.push(`| every file of dist/, gzip -9 | ${cells((b) => `${int(firstVisitGzip(b))} B`)} |`);
L.push(`| first visit, slow 4G + gzip, 4× CPU: the app takes over (median) | ${cells((b) => ms(median(b.takeover)))} |`);
L.push(`| … ready to type (median) | ${cells((b) => ms(median(b.ready)))} |`);
L.push(`| boot to first frame, 4× CPU (median) | ${cells((b) => ms(median(b.boot)))} |`);
for (const k of KINDS) {
  L.push(`| typical plan, ${k}, 4× CPU: p50 / p95 | ${cells((b) => {
    const s = summary(b.interactions[k]);
    return `${ms(s.p50)} / ${ms(s.p95)}`;
  })} |`);
}
console.log(L.join('\n'));
