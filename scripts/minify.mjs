// What a first visit downloads besides the wasm, minified with esbuild: wasm-bindgen's JS
// glue, the service worker, and index.html's own inline boot script and style sheet. The
// sources stay as written, comments and all; only the build's copies are minified.
// Measured on b196615's build (gzip -9): the glue 9,956 -> 7,794 B, the worker 3,614 ->
// 1,586 B (with its build block written compact; its own names shortened since, another
// 0.1 KB), index.html 10,351 -> 9,310 B (its boot script and style sheet): about 5.2 KB
// less on every first visit, 26 ms at slow 4G.
//
// Used by scripts/post_build.mjs (the app) and, as a command, by the bench's floor, so
// that the floor's glue is minified as the app's is:
//
//   node scripts/minify.mjs [DIR]      DIR defaults to $TRUNK_STAGING_DIR
//
// Run it once per build, on trunk's output: esbuild's output minified again is not the
// same bytes (its variables are renamed anew), so post_build, which may run again on a
// finished dist/, minifies only a build whose version is still "unbuilt".

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';

// The oldest browsers that can run the app (WebAssembly reference types: Safari 15,
// Firefox 79, Chrome 96) all read ES2020; nothing is rewritten for older ones.
const TARGET = 'es2020';

/**
 * Minifies JavaScript. `module`: an ES module, or a script no other script shares a scope
 * with (the service worker), whose top-level names esbuild may shorten (a module's exports
 * keep theirs; the worker's were 0.1 KB gzip of its 1.8 KB); otherwise a classic script,
 * whose top-level names are globals another script may read, so they are kept. Non-ASCII
 * text stays as it is, not escaped.
 */
export function minifyScript(code, { module = false } = {}) {
  return transformSync(code, {
    loader: 'js',
    minify: true,
    charset: 'utf8',
    target: TARGET,
    legalComments: 'none',
    ...(module ? { format: 'esm' } : {}),
  }).code.trimEnd();
}

/** Minifies a style sheet, without rewriting any rule for older browsers. */
export function minifyStyle(css) {
  return transformSync(css, { loader: 'css', minify: true, charset: 'utf8', legalComments: 'none' }).code.trimEnd();
}

const MODULE_PRELOAD = /<link rel="modulepreload" href="\.\/([^"]+\.js)"([^>]*)>/g;

/**
 * Minifies the JS glue each `<link rel="modulepreload">` of `html` names (trunk writes
 * one, for wasm-bindgen's glue) in `root`, and writes its new SRI digest into the link
 * (the browser refuses a module whose bytes do not match it). Returns the new html.
 */
export function minifyGlue(root, html) {
  return html.replace(MODULE_PRELOAD, (link, file, attrs) => {
    const at = path.join(root, file);
    const bytes = Buffer.from(`${minifyScript(readFileSync(at, 'utf8'), { module: true })}\n`);
    writeFileSync(at, bytes);
    const digest = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
    return `<link rel="modulepreload" href="./${file}"${attrs.replace(/\sintegrity="[^"]*"/, ` integrity="${digest}"`)}>`;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('minify: FAILED: no directory: pass one, or run as trunk hook (TRUNK_STAGING_DIR)');
    process.exit(1);
  }
  const indexPath = path.join(path.resolve(dir), 'index.html');
  const html = readFileSync(indexPath, 'utf8');
  if (!html.match(MODULE_PRELOAD)) {
    console.error('minify: FAILED: index.html links no JS glue (<link rel="modulepreload">)');
    process.exit(1);
  }
  writeFileSync(indexPath, minifyGlue(path.resolve(dir), html));
}
