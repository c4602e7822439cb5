// Small helpers shared by the bench scripts: statistics, formatting, a throttled page.

import { launchBrowser } from '../tests/e2e/lib.mjs';

export { launchBrowser };

/** CPU slowdown for the browser measurements (Chrome DevTools' "4× slowdown"). */
export const CPU_THROTTLE = 4;

/**
 * Slow 4G as issue 18 (and Lighthouse's mobile preset) gives it: 150 ms round trip,
 * 1.6 Mbit/s down, 750 kbit/s up. Applied for real (DevTools' network emulation), not
 * simulated as Lighthouse does by default.
 */
export const SLOW_4G = { latencyMs: 150, downBitsPerSecond: 1_600_000, upBitsPerSecond: 750_000 };

/** The value at quantile q (0..1) of `values`, nearest-rank. */
export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1];
}

export const median = (values) => quantile(values, 0.5);
export const p95 = (values) => quantile(values, 0.95);

/** { n, p50, p95, max } of `values`. */
export function summary(values) {
  return { n: values.length, p50: median(values), p95: p95(values), max: Math.max(...values) };
}

/** 12345 -> "12,345". */
export function int(n) {
  return Math.round(n).toLocaleString('en-US');
}

/** Bytes as KiB with one decimal: 12345 -> "12.1 KB". The bench says KB for 1,024 bytes. */
export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Milliseconds: below 10 with one decimal (or two below 1), else whole. */
export function ms(value) {
  if (!Number.isFinite(value)) return 'n/a';
  // performance.now() is coarsened to 0.1 ms in pages that are not cross-origin isolated.
  if (value < 0.1) return '< 0.1 ms';
  if (value < 1) return `${value.toFixed(1)} ms`;
  if (value < 10) return `${value.toFixed(1)} ms`;
  return `${Math.round(value)} ms`;
}

/** Milliseconds from a precise (native) clock: 0.0412 -> "0.041 ms". */
export function msPrecise(value) {
  if (!Number.isFinite(value)) return 'n/a';
  if (value < 1) return `${value.toFixed(3)} ms`;
  return value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`;
}

/** Milliseconds as seconds with two decimals: 1534 -> "1.53 s". */
export function seconds(value) {
  return Number.isFinite(value) ? `${(value / 1000).toFixed(2)} s` : 'n/a';
}

/** ✅ within budget, ❌ over (the bench never fails on a figure). */
export function mark(ok) {
  return ok ? '✅' : '❌';
}

/**
 * A page in a fresh context of `browser`, with the CPU slowed down `throttle` times
 * through the DevTools protocol (before anything loads), and the network too when
 * `network` is given (e.g. SLOW_4G: DevTools' `Network.emulateNetworkConditions`, which
 * delays and paces each response of this page; the service worker's own fetches are
 * another target and go at full speed). `initScripts` run before the page's own scripts
 * on every document, in order: [fn, arg] pairs or functions. `cdp` is the page's DevTools
 * session (null when neither is slowed down).
 */
export async function throttledPage(browser, { throttle = CPU_THROTTLE, network = null, initScripts = [], viewport } = {}) {
  const context = await browser.newContext({ viewport: viewport ?? { width: 390, height: 844 } });
  const page = await context.newPage();
  for (const script of initScripts) {
    if (Array.isArray(script)) await page.addInitScript(script[0], script[1]);
    else await page.addInitScript(script);
  }
  let cdp = null;
  if (throttle !== 1 || network) cdp = await context.newCDPSession(page);
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.latencyMs,
      downloadThroughput: network.downBitsPerSecond / 8,
      uploadThroughput: network.upBitsPerSecond / 8,
    });
  }
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  return { context, page, errors, cdp };
}

/** A setter for `localStorage[key] = value` before the app starts (for addInitScript). */
export function seedScript(key, value) {
  return [
    ({ key: k, value: v }) => {
      // Only the first document of the context: a reload keeps what the app saved.
      if (!sessionStorage.getItem('bench.seeded')) {
        localStorage.setItem(k, v);
        sessionStorage.setItem('bench.seeded', '1');
      }
    },
    { key, value },
  ];
}

export function sleep(msDelay) {
  return new Promise((resolve) => setTimeout(resolve, msDelay));
}
