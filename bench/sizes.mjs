// Sizes of every file of a built dist/: raw, gzip -9 and brotli at its highest quality.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(html|js|mjs|css|svg|json|webmanifest|txt|xml|map)$/i;

// Not files of the app: the precompressed copies post_build writes beside each text file
// (a host serves one of them instead of the file), and what hosts read (_headers).
const NOT_SERVED = /(\.(br|gz)|^_headers|^_redirects)$/;

function walk(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full, root);
    const rel = path.relative(root, full).split(path.sep).join('/');
    return entry.isFile() && !NOT_SERVED.test(rel) ? [rel] : [];
  });
}

/** gzip -9 of `data`. */
export const gzip9 = (data) => gzipSync(data, { level: 9 });

/** Brotli at its highest quality (11) of `data`, the file `name` (text or not). */
export function brotli11(data, name) {
  return brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_MODE]: TEXT.test(name) ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

/** [{ path, raw, gzip, brotli }] for every file under `dir`, largest first. */
export function fileSizes(dir) {
  return walk(dir)
    .map((rel) => {
      const data = readFileSync(path.join(dir, rel));
      return { path: rel, raw: data.length, gzip: gzip9(data).length, brotli: brotli11(data, rel).length };
    })
    .sort((a, b) => b.raw - a.raw);
}

/**
 * The files index.html references directly (src/href of scripts and links, and the
 * wasm its loader fetches), so a build whose referenced files are missing is caught early.
 */
export function referencedFiles(dir) {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const refs = new Set();
  for (const m of html.matchAll(/\b(?:src|href)=["']([^"'#?]+)["']/g)) {
    const ref = m[1].replace(/^\.\//, '');
    if (!/^[a-z]+:/i.test(ref) && !ref.startsWith('/')) refs.add(ref);
  }
  // trunk's inline loader imports the JS glue and fetches the wasm by name.
  for (const m of html.matchAll(/['"]\.?\/?([\w.-]+\.(?:js|wasm))['"]/g)) refs.add(m[1]);
  return [...refs];
}
