// Rebound's service worker: the whole app, offline, one build at a time.
//
// - Install: precaches every file of this build (the lists below are written by
//   scripts/post_build.mjs at build time) into one cache, `rebound-<version>`. One failed
//   file fails the install and nothing is stored, so a half-cached build never takes over.
//   Files whose names carry trunk's content hash (`immutable`, with the SRI digest of
//   this build's bytes) are taken from the HTTP cache when it has them and the digest
//   matches: the page that registered us has just downloaded them, so a first visit
//   downloads the wasm once, not twice. Everything else (`checked`: index.html as `./`,
//   the manifest) keeps its name across builds, so it is always checked with the
//   server. Either way the cache never mixes two builds. The home-screen icons
//   (`onUse`) are not precached: the app never shows them, and a first visit on a slow
//   connection should not pay for them. Each is kept the first time the browser asks for
//   it (when it installs the app), into the same cache. The languages other than English
//   (locales/<tag>.json, and locales/<tag>.boot.json for the boot screen) are on-use files
//   too: fetched when a person chooses one, and kept whole (the app's words bring the boot
//   screen's). One the page fetched before a worker was in charge (a first visit in
//   Spanish, or a language picked in its first seconds) is named by the page once this
//   worker takes charge ({type: 'KEEP_LANGUAGES', files}: what the page fetched), and kept
//   then. A new build brings along, in its own version, every on-use file an older build
//   had kept (a language by its tag, whole, whatever form the older build kept it in).
// - Fetch: cache-first from this build's cache. Navigations to the app (`./`,
//   `./index.html`, with any query) get the cached index.html, so the app and its deep
//   links (`./#/skills`: the fragment never reaches us) open offline.
// - Updates are never forced: a new worker waits until the page asks it to take over
//   ({type: 'SKIP_WAITING'}, sent after the person clicks "Reload" and the plan is saved).
// - Activate: deletes this app's caches from older builds, then takes control of open
//   pages that have no worker yet (the very first visit).
//
// Everything is relative to the registration's scope, so the app works under a sub-path.

/* BUILD-START: written by scripts/post_build.mjs; do not edit by hand */
const BUILD = { version: 'unbuilt', immutable: {}, checked: ['./'], onUse: [] };
/* BUILD-END */

const CACHE_PREFIX = 'rebound-';
const CACHE = CACHE_PREFIX + BUILD.version;
const SCOPE = self.registration.scope; // e.g. https://example.org/rebound/
const INDEX = new URL('./', SCOPE).href;
const INDEX_ALIASES = new Set([INDEX, new URL('./index.html', SCOPE).href]);
const ON_USE = new Set(BUILD.onUse.map((file) => new URL(file, SCOPE).href));

/**
 * A fetch that fails unless the server (or the HTTP cache) answered 2xx and, given an SRI
 * `integrity`, the bytes match it.
 */
async function fetchOk(url, cache, integrity = '') {
  const response = await fetch(new Request(url, { cache, integrity }));
  if (!response.ok) throw new Error(`precache: ${url}: HTTP ${response.status}`);
  return response;
}

/**
 * One file of this build, as the precache stores it. A content-hashed file comes from the
 * HTTP cache if it is there with this build's bytes (`force-cache`: whatever its
 * freshness); anything else there (a failure such as a 404 from a deploy still under way,
 * or other bytes under the same name) sends it to the server, with the same check. Any
 * other file is checked with the server (`no-cache`: never taken unchecked from the HTTP
 * cache; an unchanged file costs a 304 where the host sends validators).
 */
async function precacheResponse(file, integrity) {
  const url = new URL(file, SCOPE).href;
  if (integrity) {
    try {
      return [url, await fetchOk(url, 'force-cache', integrity)];
    } catch {
      // Fall through to the server.
    }
  }
  return [url, await fetchOk(url, 'no-cache', integrity)];
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // Everything is fetched before anything is stored: one failure stores nothing.
      const responses = await Promise.all([
        ...Object.entries(BUILD.immutable).map(([file, integrity]) => precacheResponse(file, integrity)),
        ...BUILD.checked.map((file) => precacheResponse(file)),
      ]);
      // What the person already used of the on-use files (a language they chose) comes
      // along, in this build's version, so an update never takes a language away
      // offline. Best effort: one that cannot be fetched now is fetched on next use.
      const used = await usedBefore();
      const extras = (await Promise.allSettled(used.map((url) => precacheResponse(url)))).flatMap((r) =>
        r.status === 'fulfilled' ? [r.value] : [],
      );
      const cache = await caches.open(CACHE);
      try {
        await Promise.all([...responses, ...extras].map(([url, response]) => cache.put(url, response)));
      } catch (err) {
        await caches.delete(CACHE); // e.g. storage full: no half-filled cache left behind
        throw err;
      }
    })(),
  );
  // No skipWaiting() here: the page decides when the new version takes over.
});

/**
 * A language file's tag (`locales/es.json`, its boot screen's `locales/es.boot.json` → `es`),
 * whatever form an older build kept it in.
 */
function languageOf(url) {
  const found = /\/locales\/([A-Za-z0-9-]+)(\.[A-Za-z0-9]+)+$/.exec(new URL(url).pathname);
  return found ? found[1] : null;
}

/** This build's files of the language `tag`. */
function filesOf(tag) {
  return [...ON_USE].filter((url) => languageOf(url) === tag);
}

/**
 * The on-use files of this build that an older build of this scope kept. A language is
 * matched by its tag, and comes whole: one an older build kept in another form
 * (`locales/es.ftl` before the files were compiled), or without its boot screen's words,
 * still comes along, in this build's form.
 */
async function usedBefore() {
  const found = new Set();
  for (const name of await caches.keys()) {
    if (name === CACHE || !name.startsWith(CACHE_PREFIX)) continue;
    const old = await caches.open(name);
    if (!(await old.match(INDEX))) continue;
    for (const request of await old.keys()) {
      if (ON_USE.has(request.url)) found.add(request.url);
      const tag = languageOf(request.url);
      if (tag) for (const url of filesOf(tag)) found.add(url);
    }
  }
  return [...found];
}

/**
 * Keeps the files of the language `tag` that this cache lacks: a language is kept whole,
 * its app's words and its boot screen's. Best effort, like any on-use file; a tag this
 * build has no files for keeps nothing.
 */
async function keepLanguage(tag) {
  const cache = await caches.open(CACHE);
  const missing = [];
  for (const url of filesOf(tag)) {
    if (!(await cache.match(url))) missing.push(url);
  }
  for (const result of await Promise.allSettled(missing.map((url) => precacheResponse(url)))) {
    if (result.status === 'fulfilled') await cache.put(...result.value);
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name === CACHE || !name.startsWith(CACHE_PREFIX)) continue;
        // Only this scope's old builds: another copy of Rebound on the same origin (under
        // another path) keeps its own.
        const old = await caches.open(name);
        if (await old.match(INDEX)) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
  // A page that opened before any worker was in charge lists what it fetched then
  // (index.html's boot script): none of it came through here. Each language in it is kept.
  // One language after another, so a language listed twice is fetched once.
  if (event.data && event.data.type === 'KEEP_LANGUAGES' && Array.isArray(event.data.files)) {
    const files = event.data.files;
    event.waitUntil(
      (async () => {
        for (const file of files) {
          const tag = typeof file === 'string' && languageOf(file);
          if (tag) await keepLanguage(tag).catch(() => {});
        }
      })(),
    );
  }
});

/** The URL without its query and fragment. */
function withoutQuery(url) {
  const u = new URL(url);
  u.search = '';
  u.hash = '';
  return u.href;
}

/**
 * A cached response the browser accepts for any request: one that came through a redirect
 * (a host that sends `./` on to `./index.html`) is copied without its redirected flag,
 * which navigations refuse.
 */
function servable(response) {
  if (!response.redirected) return response;
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const isAppNavigation = request.mode === 'navigate' && INDEX_ALIASES.has(withoutQuery(request.url));
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const cached = isAppNavigation ? await cache.match(INDEX) : await cache.match(request);
      if (cached) return servable(cached);
      try {
        const response = await fetch(request);
        const url = withoutQuery(request.url);
        if (response.ok && ON_USE.has(url)) {
          // Kept for next time; a full storage only means it is fetched again then. A
          // language is kept whole: the app's words bring the boot screen's along.
          const tag = languageOf(url);
          event.waitUntil(
            cache
              .put(url, response.clone())
              .then(() => tag && keepLanguage(tag))
              .catch(() => {}),
          );
        }
        return response;
      } catch (err) {
        // Offline and not in the cache: any other page of ours gets the app itself.
        if (request.mode === 'navigate') {
          const index = await cache.match(INDEX);
          if (index) return servable(index);
        }
        throw err;
      }
    })(),
  );
});
