// The engines stage's WebKit adapter: WebKitGTK's MiniBrowser (Debian's webkit2gtk-driver),
// driven by selenium-webdriver through WebKitWebDriver, which this adapter starts on a free
// 127.0.0.1 port for each session. MiniBrowser has no headless mode: run under
// `xvfb-run -a`. Each session gets its own HOME (a fresh profile; downloads land there).
// See lib.mjs for what a session offers.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Builder } from 'selenium-webdriver';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
export const name = 'WebKit';

/** Debian's MiniBrowser: /usr/lib/<multiarch>/webkit2gtk-4.1/MiniBrowser. */
function miniBrowser() {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  for (const dir of readdirSync('/usr/lib')) {
    for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
      const file = path.join('/usr/lib', dir, api, 'MiniBrowser');
      if (existsSync(file)) return file;
    }
  }
  throw new Error('no MiniBrowser under /usr/lib/*/webkit2gtk-4.1/: run scripts/setup.sh (it installs webkit2gtk-driver)');
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForDriver(url, proc, log) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`WebKitWebDriver exited (${proc.exitCode}): ${log()}`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`WebKitWebDriver did not answer on ${url}: ${log()}`);
}

/**
 * A fresh MiniBrowser session with a window of `viewport`. `storage: false` turns web
 * storage off (MiniBrowser's --enable-html5-local-storage=false).
 */
export async function launch({ storage = true, viewport = { width: 390, height: 844 } } = {}) {
  if (!process.env.DISPLAY) throw new Error('no DISPLAY: MiniBrowser needs one; run this under xvfb-run -a');
  const home = mkdtempSync(path.join(os.tmpdir(), 'rebound-webkit-'));
  for (const dir of ['data', 'cache', 'config']) mkdirSync(path.join(home, dir));
  const port = await freePort();
  let output = '';
  // In a process group of its own, so that ending the session ends MiniBrowser and its
  // helper processes too.
  const driverProc = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      HOME: home,
      XDG_DATA_HOME: path.join(home, 'data'),
      XDG_CACHE_HOME: path.join(home, 'cache'),
      XDG_CONFIG_HOME: path.join(home, 'config'),
    },
  });
  driverProc.stdout.on('data', (d) => (output += d));
  driverProc.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const driverExited = new Promise((resolve) => driverProc.once('exit', resolve));
  const stopDriver = async () => {
    try {
      process.kill(-driverProc.pid, 'SIGTERM'); // the driver's group: MiniBrowser and its helpers
    } catch {
      // already gone
    }
    await Promise.race([driverExited, new Promise((r) => setTimeout(r, 5000))]);
    try {
      // A helper may still be writing its cache for a moment.
      rmSync(home, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
    } catch (err) {
      console.warn(`webkit.mjs: could not remove ${home}: ${err.message}`);
    }
  };
  let driver;
  try {
    await waitForDriver(url, driverProc, () => output);
    driver = await new Builder()
      .usingServer(url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        // --automation is a must when args are given: without it the session hangs.
        'webkitgtk:browserOptions': {
          binary: miniBrowser(),
          args: ['--automation', ...(storage ? [] : ['--enable-html5-local-storage=false'])],
        },
      })
      .build();
    await driver.manage().window().setRect({ width: viewport.width, height: viewport.height });
  } catch (err) {
    await stopDriver();
    throw err;
  }
  const caps = await driver.getCapabilities();
  const version = `${caps.get('browserName')}/${caps.get('browserVersion')}`;

  return {
    version,
    downloads: home,
    async goto(to) {
      await driver.get(to);
    },
    async reload() {
      await driver.navigate().refresh();
    },
    async back() {
      await driver.navigate().back();
    },
    async forward() {
      await driver.navigate().forward();
    },
    url() {
      return driver.getCurrentUrl();
    },
    async run(fn, ...args) {
      // Through executeAsyncScript, so a promise is awaited as in the other adapter.
      const result = await driver.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         const args = Array.prototype.slice.call(arguments, 0, -1);
         Promise.resolve()
           .then(() => (${fn.toString()}).apply(null, args))
           .then((value) => done({ value: value === undefined ? null : value }), (e) => done({ error: String((e && e.stack) || e) }));`,
        ...args,
      );
      if (result?.error) throw new Error(`in the page: ${result.error}`);
      return result?.value;
    },
    async find(fn, ...args) {
      return (await this.run(fn, ...args)) ?? null;
    },
    async click(el) {
      await el.click();
    },
    async type(el, text) {
      await el.clear();
      await el.sendKeys(text);
    },
    async setFiles(el, file) {
      await el.sendKeys(file);
    },
    async close() {
      try {
        // Ending the session closes MiniBrowser; now and then that takes 20 s, so it
        // gets 5 before the process group is ended anyway.
        await Promise.race([driver.quit().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
      } finally {
        await stopDriver();
      }
    },
  };
}
