#!/usr/bin/env node
// trunk's post_build hook (see Trunk.toml): finishes the staged build before trunk moves
// it to dist/.
//
//   node scripts/post_build.mjs [DIR]      DIR defaults to $TRUNK_STAGING_DIR
//
// 1. Content-Security-Policy: adds the sha256 of every inline <script> of the built
//    index.html (trunk's module script that loads the wasm, the boot screen's script) to
//    the policy's script-src, and of the inlined style sheet to its style-src, so the
//    policy never needs 'unsafe-inline'. The policy itself is written in index.html; it
//    must come before the first script.
// 2. Service worker: writes the list of every file of this build and a build version (a
//    hash of all their contents) into sw.js, which precaches them into `rebound-<version>`.
//    index.html is listed as "./". The files come in two lists: `immutable`, trunk's
//    content-hashed files (`rebound-<hash>_bg.wasm`, `rebound-<hash>.js`: new content gets
//    a new name), each with the SRI digest of its bytes, which the worker may take from
//    the HTTP cache the page has just filled; and `checked`, the rest (index.html, the
//    manifest), always checked with the server. The home-screen icons (icons/) are
//    `onUse`: the app never shows them, so a first visit does not download them; the
//    worker keeps each one the first time the browser asks for it (when it installs the
//    app).
// 3. Writes the same version into index.html's <meta name="rebound-build">.
// 4. Host headers: writes this build's content-hashed files into `_headers` (copied from
//    deploy/_headers by index.html; Netlify and Cloudflare Pages read it), each with
//    long immutable caching; the rest of that file (security headers, revalidation of
//    index.html and sw.js) is written by hand.
// 5. Precompressed copies for hosts that serve them (nginx's gzip_static and
//    brotli_static, Caddy's precompressed): `<file>.br` (brotli, highest quality) and
//    `<file>.gz` (gzip -9) beside every text asset (the wasm, JS, HTML, the manifest, the
//    worker, SVG), each checked to decompress to the very bytes of its file. Stale copies
//    (of a file that is gone) are removed. The copies, and `_headers`, are not part of the
//    build's version or its precache list: a host serves them for the file they copy, or
//    not at all.
// 0. First of all, the wasm waits for the boot screen: trunk's `<link rel="preload">` of
//    the wasm is removed, its address written into `<meta name="rebound-wasm">` for
//    index.html's boot script, which starts the download once the boot screen has
//    painted (`window.reboundWasm`), and trunk's loader awaits that paint
//    (`window.reboundBootPainted`) and takes the download the boot script started. That
//    keeps Lighthouse's simulated LCP, which charges every request made before the
//    largest paint, on the welcome itself (with the preload: 8.5 s, score 75). A real
//    throttled browser would take over sooner with the preload (README, "Offline and
//    updates"); starting at the paint, not when trunk's loader has run, wins part of it.
//    The comments of index.html and of its inlined style sheet are dropped.
//    Then the boot screen's words: every `boot-…` message of each locales/*.ftl (plain
//    text on one line; anything else fails the build). English is the page as written,
//    checked against locales/en.ftl, and every message against what index.html names.
//    Each other language's are written to `locales/<tag>.boot.json`, which index.html's
//    boot script fetches only for a person who reads that language (an English first
//    visit downloads none of them), before the boot screen shows. The languages as the
//    app reads them are compiled into `locales/<tag>.json` (tools/locales).
//
//    Last, before the hashes of step 1, what the browser downloads is minified: the JS
//    glue, the worker, index.html's style sheet and boot scripts (scripts/minify.mjs).
//
// Running it again on a finished directory (e.g. dist/) recomputes everything from what
// is there, so a changed copy of dist/ can be turned into a consistent new build.
// Fails (non-zero exit, so trunk fails the build) if anything it expects is missing.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants as zlib, gunzipSync, gzipSync } from 'node:zlib';
import { minifyGlue, minifyScript, minifyStyle } from './minify.mjs';

const SW_FILE = 'sw.js';
const INDEX_FILE = 'index.html';
const HEADERS_FILE = '_headers';
const BUILD_BLOCK = /(\/\* BUILD-START[^\n]*\*\/\n)[\s\S]*?(\/\* BUILD-END \*\/)/;
const HEADERS_BLOCK = /(# BUILD-START[^\n]*\n)[\s\S]*?(# BUILD-END)/;
// What hosts read rather than serve (Netlify, Cloudflare Pages): never precached.
const HOST_FILES = new Set([HEADERS_FILE, '_redirects']);
// Files that get .br and .gz copies: text, and the wasm (which compresses to a third).
const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json|webmanifest|wasm|txt|xml|ics|map|ftl)$/i;
const PRECOMPRESSED = /\.(br|gz)$/;
const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)("\s*\/?>)/i;
const BUILD_META = /(<meta\s+name="rebound-build"\s+content=")([^"]*)("\s*\/?>)/i;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;

function fail(message) {
  console.error(`post_build: FAILED: ${message}`);
  process.exit(1);
}

const REPO = path.resolve(import.meta.dirname, '..');
const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) fail('no directory: pass one, or run as trunk hook (TRUNK_STAGING_DIR)');
const root = path.resolve(dir);
const indexPath = path.join(root, INDEX_FILE);
const swPath = path.join(root, SW_FILE);

const headersPath = path.join(root, HEADERS_FILE);

let html;
let sw;
let headers;
try {
  html = readFileSync(indexPath, 'utf8');
  sw = readFileSync(swPath, 'utf8');
  headers = readFileSync(headersPath, 'utf8');
} catch (err) {
  fail(`${err.message} (are ${SW_FILE} and ${HEADERS_FILE} copied by index.html's <link data-trunk rel="copy-file">?)`);
}

// --- 0. the wasm waits for the boot screen's paint -------------------------------------

const WASM_PRELOAD = /[ \t]*<link rel="preload" href="([^"]*_bg\.wasm)"[^>]*>\n?/;
const LOADER_INIT = /\nconst wasm = await init\(\{ module_or_path: ('[^']*_bg\.wasm') \}\)/;
const WAIT_FOR_BOOT = '\nawait window.reboundBootPainted;';
const WASM_META = /<meta name="rebound-wasm" content="[^"]*" \/>/;
const preload = WASM_PRELOAD.exec(html);
if (preload) {
  // The wasm's address, for the boot script, which starts its download once the boot
  // screen has painted (index.html).
  if (!WASM_META.test(html)) fail('index.html has no <meta name="rebound-wasm" content="" /> to fill');
  html = html.replace(WASM_PRELOAD, '').replace(WASM_META, `<meta name="rebound-wasm" content="${preload[1]}" />`);
}
if (!html.includes(WAIT_FOR_BOOT)) {
  if (!LOADER_INIT.test(html)) fail("trunk's loader script has no `const wasm = await init({ module_or_path: '…_bg.wasm' })`");
  // The loader takes the download the boot script started, if it did.
  html = html.replace(
    LOADER_INIT,
    (_, path) => `${WAIT_FOR_BOOT}\nconst wasm = await init({ module_or_path: window.reboundWasm ?? ${path} })`,
  );
}
if (/rel="preload"[^>]*_bg\.wasm/.test(html)) fail('the wasm preload link is still in index.html');
if (!/<meta name="rebound-wasm" content="[^"]+_bg\.wasm" \/>/.test(html)) fail('index.html does not name the wasm for its boot script');

// --- 0b. no developer comments in what the browser downloads ---------------------------

// index.html's and the style sheet's comments explain the source to us, not the page to
// anyone: about 1.4 KB gzip. Inline scripts are left as they are.
html = html
  .replace(/<!--[\s\S]*?-->\s*/g, '')
  .replace(INLINE_STYLE, (style, body) => style.replace(body, body.replace(/\/\*[\s\S]*?\*\/\s*/g, '')));

// --- 0c. the boot screen's words in every language ------------------------------------

// The boot screen paints before any wasm runs, so its words in the person's language
// cannot wait for the app: every `boot-…` message of each locales/<tag>.ftl, checked
// here against what index.html names and says (English is the page as written), and
// written for each other language into the build as `locales/<tag>.boot.json` (step 0e,
// which makes the build's locales/). index.html's boot script fetches the one of the
// language it starts in, and keeps the boot screen unseen until its words are in place.
const LOCALES_DIR = 'locales';

/**
 * The messages of one .ftl file whose id starts with `prefix`, by id; each must be plain
 * text on one line (they are used where no code says Fluent: the boot screen, before the
 * app runs, and the manifests).
 */
function plainMessages(file, text, prefix = 'boot-') {
  const lines = text.split(/\r?\n/);
  const messages = {};
  const pattern = new RegExp(`^(${prefix}[A-Za-z0-9_-]*)[ \\t]*=[ \\t]*(.*)$`);
  lines.forEach((line, i) => {
    const m = pattern.exec(line);
    if (!m) return;
    const [, id, value] = m;
    const where = `${file}:${i + 1}: ${id}`;
    const next = lines.slice(i + 1).find((l) => l.trim() !== '');
    if (value.trim() === '' || (next !== undefined && /^[ \t]/.test(next))) {
      fail(`${where}: this message must be written on one line (it is used where the app does not run)`);
    }
    if (/[{}]/.test(value)) {
      fail(`${where}: this message must be plain text, with no { $variables }, choices or { "…" } (it is used where the app, which says those, does not run)`);
    }
    if (id in messages) fail(`${where}: given twice`);
    messages[id] = value.trim();
  });
  return messages;
}

// The translators' files, in the repository (the build serves them compiled, 0e below).
const localesPath = path.join(REPO, LOCALES_DIR);
let ftlFiles;
try {
  ftlFiles = readdirSync(localesPath).filter((f) => f.endsWith('.ftl')).sort();
} catch (err) {
  fail(`${err.message} (the language files, locales/*.ftl)`);
}
if (!ftlFiles.includes('en.ftl')) fail(`${LOCALES_DIR}/en.ftl is missing from the build`);
const bootWords = Object.fromEntries(
  ftlFiles.map((f) => [f.replace(/\.ftl$/, ''), plainMessages(`${LOCALES_DIR}/${f}`, readFileSync(path.join(localesPath, f), 'utf8'))]),
);
const english = bootWords.en;

// What index.html names, and the English it says as written: each must be en.ftl's.
const decode = (s) =>
  s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]);
const attr = (attrs, name) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(attrs);
  return m ? decode(m[1]) : null;
};
const named = new Set();
for (const m of html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)) {
  const [tag, name, attrs] = m;
  const textId = attr(attrs, 'data-boot');
  const labelId = attr(attrs, 'data-boot-label');
  for (const [id, says] of [
    [textId, () => {
      const rest = html.slice(m.index + tag.length);
      const end = rest.search(/</);
      if (!rest.slice(end).toLowerCase().startsWith(`</${name.toLowerCase()}`)) {
        fail(`index.html: the <${name} data-boot="${id}"> must hold text only (its words are replaced as a whole)`);
      }
      return decode(rest.slice(0, end)).replace(/\s+/g, ' ').trim();
    }],
    [labelId, () => attr(attrs, 'aria-label')],
  ]) {
    if (id === null) continue;
    if (!(id in english)) fail(`index.html names ${id}, which ${LOCALES_DIR}/en.ftl does not have`);
    if (says() !== english[id]) {
      fail(`index.html says ${JSON.stringify(says())} where ${LOCALES_DIR}/en.ftl's ${id} says ${JSON.stringify(english[id])}: write the same English in both`);
    }
    named.add(id);
  }
}
const unnamed = Object.keys(english).filter((id) => !named.has(id));
if (unnamed.length) fail(`${LOCALES_DIR}/en.ftl has boot screen messages index.html does not name: ${unnamed.join(', ')}`);
for (const [lang, words] of Object.entries(bootWords)) {
  const missing = Object.keys(english).filter((id) => !(id in words));
  const unknown = Object.keys(words).filter((id) => !(id in english));
  if (missing.length) fail(`${LOCALES_DIR}/${lang}.ftl lacks boot screen messages: ${missing.join(', ')}`);
  if (unknown.length) fail(`${LOCALES_DIR}/${lang}.ftl has boot screen messages English lacks: ${unknown.join(', ')}`);
}

// --- 0e. the other languages' words, compiled ------------------------------------------

// Every language but English (which the wasm carries) as the app reads it: compiled by
// tools/locales, with the app's own compiler (src/core/words/compile.rs), into
// locales/<tag>.json: its messages by position, no ids, no comments. Anything else in the
// build's locales/ (an older build's files, when run again on a copy) goes. A test build
// (REBOUND_PSEUDO=1, as scripts/test.sh builds) also gets the pseudo-language, en-XA.json,
// and keeps it when run again on a copy (tests/e2e/builds.mjs does), so the copy is the
// same build; a build for people has neither it nor the code that makes it.
const builtLocales = path.join(root, LOCALES_DIR);
const withPseudo = process.env.REBOUND_PSEUDO === '1' || existsSync(path.join(builtLocales, 'en-XA.json'));
rmSync(builtLocales, { recursive: true, force: true });
try {
  execFileSync(
    'cargo',
    [
      'run', '--quiet', '--locked',
      '--manifest-path', path.join(REPO, 'tools/locales/Cargo.toml'),
      '--target-dir', path.join(REPO, 'target/tools'),
      '--', ...(withPseudo ? ['--pseudo'] : []), localesPath, builtLocales,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
} catch (err) {
  fail(`tools/locales could not compile the language files: ${err.message}`);
}
for (const f of ftlFiles.filter((f) => f !== 'en.ftl')) {
  statSync(path.join(builtLocales, f.replace(/\.ftl$/, '.json')));
}
if (withPseudo) statSync(path.join(builtLocales, 'en-XA.json'));
// The boot screen's words of each language but English (step 0c).
for (const [lang, words] of Object.entries(bootWords)) {
  if (lang !== 'en') writeFileSync(path.join(builtLocales, `${lang}.boot.json`), JSON.stringify(words));
}

// --- 0d. the installed app's words in every language ------------------------------------

// What a phone shows of the installed app: a manifest per language other than English,
// `manifest.<tag>.webmanifest`, the English one (written by hand in pwa/, its description
// checked against en.ftl by tests/locales.rs) with that language's `manifest-description`
// and its `lang` and `dir`. The page links the one of the language it speaks (index.html's
// first script, then src/web/language.rs on a change).
const MANIFEST_FILE = 'manifest.webmanifest';
const RIGHT_TO_LEFT = new Set(['ar']);
let baseManifest;
try {
  baseManifest = JSON.parse(readFileSync(path.join(root, MANIFEST_FILE), 'utf8'));
} catch (err) {
  fail(`${MANIFEST_FILE}: ${err.message} (is it copied by index.html's <link data-trunk rel="copy-file">?)`);
}
for (const f of readdirSync(root).filter((f) => /^manifest\.[a-z-]+\.webmanifest$/i.test(f))) rmSync(path.join(root, f));
for (const f of ftlFiles.filter((f) => f !== 'en.ftl')) {
  const lang = f.replace(/\.ftl$/, '');
  const words = plainMessages(`${LOCALES_DIR}/${f}`, readFileSync(path.join(localesPath, f), 'utf8'), 'manifest-');
  if (!words['manifest-description']) fail(`${LOCALES_DIR}/${f} lacks manifest-description`);
  const manifest = {
    ...baseManifest,
    description: words['manifest-description'],
    lang,
    dir: RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr',
  };
  writeFileSync(path.join(root, `manifest.${lang}.webmanifest`), `${JSON.stringify(manifest, null, 2)}\n`);
}

// --- 0f. minified ---------------------------------------------------------------------

// What the browser downloads, minified (scripts/minify.mjs): the JS glue (with its new
// SRI digest in the modulepreload link), the worker around its build block, index.html's
// style sheet and its inline scripts but trunk's loader, which step 0 edits by what it
// says. Before the CSP, the version and the precache list, which hash the results.
// Only on trunk's output (its version still "unbuilt"): minifying minified code again
// renames its variables anew, and a finished build run again must keep its version.
if (BUILD_META.exec(html)?.[2] === 'unbuilt') {
  html = minifyGlue(root, html);
  html = html.replace(INLINE_SCRIPT, (script, attrs, body) => {
    if (/\bsrc\s*=/i.test(attrs) || /\btype\s*=\s*"module"/i.test(attrs) || !body.trim()) {
      return script;
    }
    return `<script${attrs}>${minifyScript(body)}</script>`;
  });
  html = html.replace(INLINE_STYLE, (style, body) => style.replace(body, () => minifyStyle(body)));
  const block = BUILD_BLOCK.exec(sw);
  if (!block) fail(`${SW_FILE} has no /* BUILD-START */ ... /* BUILD-END */ block`);
  const before = minifyScript(sw.slice(0, block.index));
  // Nothing else runs in the worker's scope, so its names are shortened as a module's are
  // (BUILD, defined in the block, is left as it is: it is not declared here).
  const after = minifyScript(sw.slice(block.index + block[0].length), { module: true });
  sw = `${[before, block[0], after].filter(Boolean).join('\n')}\n`;
}

// --- 1. CSP hashes of the inline scripts and style ----------------------------------------

const cspMatch = html.match(CSP_META);
if (!cspMatch) fail(`${INDEX_FILE} has no <meta http-equiv="Content-Security-Policy" content="...">`);
const firstScript = html.search(/<script\b/i);
if (firstScript !== -1 && firstScript < cspMatch.index) {
  fail(`the Content-Security-Policy <meta> must come before the first <script> in ${INDEX_FILE}`);
}

// The browser hashes an element's text as parsed: HTML turns CRLF into LF.
const sha256 = (body) => `'sha256-${createHash('sha256').update(body.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`;
const scriptHashes = [...html.matchAll(INLINE_SCRIPT)].filter(([, attrs]) => !/\bsrc\s*=/i.test(attrs)).map(([, , body]) => sha256(body));
const styleHashes = [...html.matchAll(INLINE_STYLE)].map(([, body]) => sha256(body));

const directives = cspMatch[2]
  .split(';')
  .map((d) => d.trim())
  .filter(Boolean);
/** Sets a directive's hashes to `hashes`, keeping its other sources; never 'unsafe-inline'. */
function withHashes(name, hashes) {
  const at = directives.findIndex((d) => d.split(/\s+/)[0].toLowerCase() === name);
  if (at === -1) fail(`the Content-Security-Policy has no ${name} directive`);
  const sources = directives[at]
    .split(/\s+/)
    .slice(1)
    .filter((s) => !/^'sha(256|384|512)-/i.test(s)); // earlier runs' hashes
  if (sources.some((s) => /^'unsafe-inline'$/i.test(s))) fail(`the policy must not allow 'unsafe-inline' in ${name}`);
  directives[at] = [name, ...sources, ...new Set(hashes)].join(' ');
}
withHashes('script-src', scriptHashes);
withHashes('style-src', styleHashes);
const policy = directives.join('; ');
html = html.replace(CSP_META, (_, open, _content, close) => `${open}${policy}${close}`);

// --- 2. the precache list and the build version ----------------------------------------

if (!BUILD_BLOCK.test(sw)) fail(`${SW_FILE} has no /* BUILD-START */ ... /* BUILD-END */ block`);
if (!BUILD_META.test(html)) fail(`${INDEX_FILE} has no <meta name="rebound-build" content="...">`);

function walk(relDir) {
  const out = [];
  for (const entry of readdirSync(path.join(root, relDir), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue; // trunk's own .stage and the like
    const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...walk(rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

const all = walk('');
const files = all
  .filter((f) => f !== SW_FILE && f !== INDEX_FILE && !HOST_FILES.has(f) && !PRECOMPRESSED.test(f))
  .sort();

// The version covers every byte of the build: index.html (with its version left blank),
// the other files, and the worker's own code (without its build block).
const versionHash = createHash('sha256');
const addToVersion = (name, bytes) => {
  versionHash.update(`${name}\0${bytes.length}\0`);
  versionHash.update(bytes);
};
addToVersion(INDEX_FILE, Buffer.from(html.replace(BUILD_META, (_, a, _v, c) => `${a}${c}`), 'utf8'));
addToVersion(SW_FILE, Buffer.from(sw.replace(BUILD_BLOCK, (_, a, c) => `${a}${c}`), 'utf8'));
// The home-screen icons: kept by the worker when first asked for, not precached.
// The languages other than English, fetched the first time the person chooses one.
// The other languages' manifests, read by the browser when the page links one.
const isOnUse = (file) =>
  file.startsWith('icons/') || file.startsWith('locales/') || /^manifest\.[a-z-]+\.webmanifest$/i.test(file);
let totalBytes = Buffer.byteLength(html);
for (const file of files) {
  const bytes = readFileSync(path.join(root, file));
  if (!isOnUse(file)) totalBytes += bytes.length;
  addToVersion(file, bytes);
}
const version = versionHash.digest('hex').slice(0, 16);

// trunk's content-hashed output: a file at the top of the build named `<name>-<hex>` (the
// wasm: `<name>-<hex>_bg.wasm`) that index.html links to. trunk prints its 64-bit hash
// without leading zeros: 16 hex digits, or now and then fewer (one build in 16 has 15). Anything else, say a file
// copied by hand whose name merely looks hashed, is checked like an unhashed one. trunk
// names the wasm and its JS after the wasm *before* wasm-opt, so a new wasm-opt setting
// alone changes the bytes under the same name: the worker checks each immutable file
// against the digest written here, whichever cache it comes from.
const HASHED_NAME = /^[^/]+-[0-9a-f]{12,16}(_bg)?\.[A-Za-z0-9]+$/;
const isHashed = (file) => HASHED_NAME.test(file) && html.includes(`./${file}`);
const integrity = (file) =>
  `sha384-${createHash('sha384').update(readFileSync(path.join(root, file))).digest('base64')}`;

// URLs relative to the worker's scope; index.html is the scope itself.
const url = (file) => file.split('/').map(encodeURIComponent).join('/');
const immutable = Object.fromEntries(files.filter(isHashed).map((f) => [url(f), integrity(f)]));
const checked = ['./', ...files.filter((f) => !isHashed(f) && !isOnUse(f)).map(url)];
const onUse = files.filter(isOnUse).map(url);
const block = `const BUILD = ${JSON.stringify({ version, immutable, checked, onUse })};\n`;
sw = sw.replace(BUILD_BLOCK, (_, start, end) => `${start}${block}${end}`);
html = html.replace(BUILD_META, (_, open, _v, close) => `${open}${version}${close}`);

// --- 4. the host's headers for the content-hashed files ----------------------------------

if (!HEADERS_BLOCK.test(headers)) fail(`${HEADERS_FILE} has no # BUILD-START ... # BUILD-END block`);
const hashedRules = Object.keys(immutable)
  .map((file) => `/${file}\n  Cache-Control: public, max-age=31536000, immutable\n`)
  .join('');
// The languages' words and manifests keep their names across builds, like index.html:
// checked with the host every time (a compiled language file is read by position, so a
// stale one would be refused, and the language unavailable until the next visit).
const languageRules = files
  .filter((f) => f.startsWith(`${LOCALES_DIR}/`) || /^manifest\.[a-z-]+\.webmanifest$/i.test(f))
  .map((file) => `/${url(file)}\n  Cache-Control: no-cache\n`)
  .join('');
headers = headers.replace(HEADERS_BLOCK, (_, start, end) => `${start}${hashedRules}${languageRules}${end}`);

writeFileSync(indexPath, html);
writeFileSync(swPath, sw);
writeFileSync(headersPath, headers);

for (const f of files) statSync(path.join(root, f)); // every listed file is really there

// --- 5. precompressed copies ---------------------------------------------------------------

const served = new Set(all.filter((f) => !PRECOMPRESSED.test(f)));
for (const f of all.filter((f) => PRECOMPRESSED.test(f))) {
  const original = f.replace(PRECOMPRESSED, '');
  if (!served.has(original) || !COMPRESSIBLE.test(original)) rmSync(path.join(root, f)); // stale
}
let compressed = { raw: 0, br: 0, gz: 0, count: 0 };
for (const f of [...served].filter((f) => COMPRESSIBLE.test(f) && !HOST_FILES.has(f))) {
  const bytes = readFileSync(path.join(root, f));
  const br = brotliCompressSync(bytes, {
    params: {
      [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
      [zlib.BROTLI_PARAM_LGWIN]: zlib.BROTLI_MAX_WINDOW_BITS,
      [zlib.BROTLI_PARAM_MODE]: f.endsWith('.wasm') ? zlib.BROTLI_MODE_GENERIC : zlib.BROTLI_MODE_TEXT,
      [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  const gz = gzipSync(bytes, { level: 9 });
  if (!brotliDecompressSync(br).equals(bytes) || !gunzipSync(gz).equals(bytes)) {
    fail(`${f}: a precompressed copy does not decompress to the file itself`);
  }
  writeFileSync(path.join(root, `${f}.br`), br);
  writeFileSync(path.join(root, `${f}.gz`), gz);
  compressed = { raw: compressed.raw + bytes.length, br: compressed.br + br.length, gz: compressed.gz + gz.length, count: compressed.count + 1 };
}
console.log(
  `post_build: build ${version}: ${Object.keys(immutable).length + checked.length} files to precache ` +
    `(${Math.round(totalBytes / 1024)} KB; content-hashed: ${Object.keys(immutable).join(', ') || 'none'}), ` +
    `${scriptHashes.length} inline script and ${styleHashes.length} inline style hash(es) in the CSP; ` +
    `.br and .gz beside ${compressed.count} files (${Math.round(compressed.raw / 1024)} KB -> ` +
    `${Math.round(compressed.br / 1024)} KB brotli, ${Math.round(compressed.gz / 1024)} KB gzip)`,
);
