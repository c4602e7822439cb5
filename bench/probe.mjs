// The in-page probe: installed with page.addInitScript(probe) before the app's own
// scripts, it records into window.__bench:
//
//  boot     { dom, frame }: performance.now() (ms since navigation start) when the app's
//           h1 first exists with #boot (the static first screen) gone, and when the next
//           frame after that is done.
//  ready    { dom, frame }: the same for "ready to type": a text field exists, is shown,
//           enabled and writable, and what is typed into it is kept: the boot screen's
//           own fields count (`#boot input[data-field]`: the app carries what was typed
//           there into its fields, caret and all), as does the app's first field once
//           #boot is gone; null if neither ever shows (e.g. a plan that opens on My plan).
//  takeover { dom, frame }: the app's own first text field, with #boot gone (the
//           figure "ready" was before the boot screen had fields of its own).
//  fcp      the first-contentful-paint time (the static first screen's paint).
//  lcp      the latest largest-contentful-paint candidate: { time, element }.
//  storage  every localStorage getItem/setItem on a key starting with "rebound.plan":
//           { op, key, t0, t1, len }, to time the app's saves from outside the wasm.
//  arm(types, until)  a promise for the next interaction: see below.
//
// It is serialized by Playwright, so it must not use anything from this module.

export function probe() {
  if (window.__bench) return;
  const bench = (window.__bench = { boot: null, storage: [], pending: null });
  const afterFrame = (callback) =>
    requestAnimationFrame(() => {
      // A task queued inside a frame's animation callbacks runs after that frame's
      // style, layout and paint: the frame is done when it runs.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(0);
    });

  // --- boot --------------------------------------------------------------------------
  bench.ready = null;
  bench.takeover = null;
  const appIsUp = () => !document.getElementById('boot') && document.querySelector('h1');
  const FIELD = 'main input[type="text"], main input:not([type]), main textarea';
  const writable = (field) => field !== null && !field.disabled && !field.readOnly;
  const appCanType = () => !document.getElementById('boot') && writable(document.querySelector(FIELD));
  const bootCanType = () => {
    const field = document.querySelector('#boot input[data-field]');
    return writable(field) && field.getClientRects().length > 0;
  };
  const observer = new MutationObserver(() => {
    if (!bench.boot && appIsUp()) {
      bench.boot = { dom: performance.now(), frame: null };
      afterFrame((t) => {
        bench.boot.frame = t;
        // A text field the app's first frame lacks is not waited for: the observer runs
        // on every change of the page, and would add to every interaction timed later.
        if (!bench.takeover) observer.disconnect();
      });
    }
    if (!bench.ready && (bootCanType() || appCanType())) {
      bench.ready = { dom: performance.now(), frame: null };
      afterFrame((t) => {
        bench.ready.frame = t;
      });
    }
    if (!bench.takeover && appCanType()) {
      bench.takeover = { dom: performance.now(), frame: null };
      afterFrame((t) => {
        bench.takeover.frame = t;
      });
    }
    if (bench.boot && bench.ready && bench.takeover) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
      }
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing: fcp stays unset.
  }
  const describe = (el) => {
    if (!el) return null;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    const inBoot = el.closest?.('#boot') || !el.isConnected;
    return `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}${el.className ? ` class="${el.className}"` : ''}> “${text}”${inBoot ? ' (static boot screen)' : ''}`;
  };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.lcp = { time: entry.startTime, element: describe(entry.element) };
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    // No LCP timing: lcp stays unset.
  }

  // --- storage -----------------------------------------------------------------------
  const proto = Storage.prototype;
  const getItem = proto.getItem;
  const setItem = proto.setItem;
  const watched = (key) => String(key).startsWith('rebound.plan');
  proto.getItem = function (key) {
    const t0 = performance.now();
    const value = getItem.call(this, key);
    if (watched(key)) {
      bench.storage.push({ op: 'get', key: String(key), t0, t1: performance.now(), len: value == null ? -1 : value.length });
    }
    return value;
  };
  proto.setItem = function (key, value) {
    const t0 = performance.now();
    try {
      return setItem.call(this, key, value);
    } finally {
      if (watched(key)) {
        bench.storage.push({ op: 'set', key: String(key), t0, t1: performance.now(), len: String(value).length });
      }
    }
  };

  // --- interactions ------------------------------------------------------------------
  // Conditions that say the app has answered an interaction (no eval: the page has a
  // Content-Security-Policy).
  const conditions = {
    none: () => true,
    // The screen's heading is no longer `text` (a move to another step).
    h1Not: (text) => (document.querySelector('main h1')?.textContent ?? '') !== text,
    // `n` elements match `selector` (e.g. one more gap card).
    count: (selector, n) => document.querySelectorAll(selector).length === n,
    // A card titled `text` is on the screen (e.g. a gap just added).
    cardTitled: (text) => [...document.querySelectorAll('main .item-title')].some((h) => h.textContent === text),
  };
  /**
   * Resolves with { processing, frame } for the first event of `types` (listened for in
   * the capture phase on window, so before any of the app's handlers):
   *   processing: ms from the event to the first task after it in which `until` holds
   *               (the handlers, the reactive updates they queue, and for a link the
   *               hashchange that follows);
   *   frame:      ms from the event to the end of the first frame in which `until` holds
   *               (processing plus style, layout and paint, plus the wait for the frame);
   *   start:      the event's time (performance.now()), to find it in a trace.
   */
  bench.arm = (types, until = ['none']) => {
    const [name, ...args] = until;
    const done = () => conditions[name](...args);
    bench.pending = new Promise((resolve, reject) => {
      let t0 = null;
      let processing = null;
      const onEvent = () => {
        if (t0 !== null) return;
        t0 = performance.now();
        for (const type of types) window.removeEventListener(type, onEvent, true);
        const poll = () => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            if (done()) processing = performance.now() - t0;
            else if (performance.now() - t0 < 20_000) poll();
          };
          channel.port2.postMessage(0);
        };
        poll();
        const frame = () =>
          afterFrame((t) => {
            if (done()) resolve({ processing, frame: t - t0, start: t0 });
            else if (t - t0 < 20_000) frame();
            else reject(new Error(`no answer to ${types.join('/')} within 20 s (${until.join(' ')})`));
          });
        frame();
      };
      for (const type of types) window.addEventListener(type, onEvent, true);
    });
    return true;
  };
}
