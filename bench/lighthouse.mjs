// Lighthouse 12.2.3 (npm, exactly that version: 13.x needs Node 22) on a served dist/,
// performance category only, its default mobile settings (simulated slow 4G and 4× CPU
// slowdown), against the system Chromium (CHROME_PATH).

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const REPO = fileURLToPath(new URL('..', import.meta.url));

export const LIGHTHOUSE_VERSION = '12.2.3';
export const CHROME_FLAGS =
  '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

/** Checks that the installed lighthouse is the pinned one; returns the path of its CLI. */
function lighthouseCli() {
  const pkg = require(path.join(REPO, 'node_modules/lighthouse/package.json'));
  if (pkg.version !== LIGHTHOUSE_VERSION) {
    throw new Error(`node_modules has lighthouse ${pkg.version}, the bench needs ${LIGHTHOUSE_VERSION} (run scripts/setup.sh)`);
  }
  return path.join(REPO, 'node_modules/lighthouse/cli/index.js');
}

/** One Lighthouse run on `url`: { score, fcp, lcp, tbt, cls, si, lcpElement }. */
export async function lighthouseOnce(url) {
  const cli = lighthouseCli();
  const dir = mkdtempSync(path.join(tmpdir(), 'rebound-lh-'));
  const out = path.join(dir, 'report.json');
  try {
    await run(
      process.execPath,
      [
        cli,
        url,
        '--only-categories=performance',
        '--output=json',
        `--output-path=${out}`,
        `--chrome-flags=${CHROME_FLAGS}`,
        '--quiet',
      ],
      {
        env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 180_000,
      },
    );
    const report = JSON.parse(readFileSync(out, 'utf8'));
    if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.code}: ${report.runtimeError.message}`);
    const audit = (id) => report.audits[id]?.numericValue;
    const lcpItem = report.audits['largest-contentful-paint-element']?.details?.items?.[0];
    const lcpNode = lcpItem?.items?.[0]?.node ?? lcpItem?.node;
    return {
      score: Math.round(report.categories.performance.score * 100),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      si: audit('speed-index'),
      lcpElement: lcpNode?.snippet ?? lcpNode?.nodeLabel ?? null,
      warnings: report.runWarnings ?? [],
      version: report.lighthouseVersion,
      userAgent: report.environment?.hostUserAgent,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `runs` Lighthouse runs; returns them all and the median run (by score, then LCP). */
export async function lighthouse(url, runs) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await lighthouseOnce(url));
  const sorted = [...all].sort((a, b) => a.score - b.score || b.lcp - a.lcp);
  return { runs: all, median: sorted[Math.floor((sorted.length - 1) / 2)] };
}
