// Where the wasm's bytes go, by crate: `twiggy top` on a copy of the release wasm that
// keeps its function names (the shipped one has them stripped), grouped by the crate
// each function's name starts with.
//
//   node bench/wasm-crates.mjs path/to/named.wasm
//
// The named copy is built by scripts/bench.sh the way trunk builds the shipped one
// (same cargo profile, wasm-bindgen, wasm-opt -Oz with the same flags), only with
// `strip = none` and wasm-opt's -g, so the shares match the shipped wasm closely.

import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

const LEADING = /^(&(mut )?|\*(const|mut) |dyn |impl )+/;

/** The crate a path such as "alloc::vec::Vec<T>" starts with, or null for T, (), [u8], f64… */
function pathCrate(text) {
  const m = text.replace(LEADING, '').match(/^([A-Za-z_][A-Za-z0-9_]*)::/);
  return m ? m[1] : null;
}

/** The crate (or kind of section) an item of `twiggy top` belongs to. */
export function crateOf(rawName) {
  const name = rawName.replace(/\[[0-9a-f]{16}\]/g, ''); // crate disambiguators: core[c593…]
  if (/^"[a-z ]+names" subsection$/.test(name)) return '(name section)';
  if (/^custom section/.test(name)) return '(custom sections)';
  if (/^data\[/.test(name) || /^data segment/.test(name)) return '(data: strings, tables)';
  if (/^(elem|table|type|global|memory|import|export|start|wasm magic|code section|elements?)\b/.test(name)) {
    return '(wasm structure)';
  }
  if (/^code\[\d+\]$/.test(name)) return '(functions without a name)';
  let crate;
  if (name.startsWith('<')) {
    // "<Self as Trait>::f" or "<Self>::f": the Self type's crate, or for a generic or
    // primitive Self (T, &T, (), [u8], f64…) the trait's.
    let depth = 0;
    let split = -1;
    let close = -1;
    for (let i = 0; i < name.length; i++) {
      const c = name[i];
      if (c === '<') depth++;
      else if (c === '>' && name[i - 1] !== '-') {
        depth--;
        if (depth === 0) {
          close = i;
          break;
        }
      } else if (depth === 1 && split < 0 && name.startsWith(' as ', i)) split = i;
    }
    const self = name.slice(1, split >= 0 ? split : close >= 0 ? close : name.length);
    const trait = split >= 0 ? name.slice(split + 4, close >= 0 ? close : undefined) : '';
    crate = pathCrate(self) ?? pathCrate(trait) ?? 'core';
  } else {
    crate = pathCrate(name) ?? name.match(/^([A-Za-z_][A-Za-z0-9_]*)/)?.[1] ?? '(other)';
  }
  if (crate === 'rebound') {
    const m = name.replace(/^<+/, '').match(/^rebound::([A-Za-z_][A-Za-z0-9_]*)/);
    return m ? `rebound::${m[1]}` : 'rebound';
  }
  if (/^(__wbg|__wbindgen|__externref|wasm_bindgen)/.test(crate)) return 'wasm_bindgen';
  if (/^__rust|^__rdl|^__rg/.test(crate)) return 'std';
  return crate;
}

/**
 * { total, rows: [{ crate, bytes, share }] } of `wasm` by crate, largest first, custom
 * sections left out of the total.
 */
export async function wasmCrates(wasm, twiggy = 'twiggy') {
  const { stdout } = await run(twiggy, ['top', '-n', '1000000', '-f', 'json', wasm], { maxBuffer: 256 * 1024 * 1024 });
  const items = JSON.parse(stdout);
  const by = new Map();
  let total = 0;
  for (const item of items) {
    const crate = crateOf(item.name);
    if (crate === '(custom sections)' || crate === '(name section)') continue;
    by.set(crate, (by.get(crate) ?? 0) + item.shallow_size);
    total += item.shallow_size;
  }
  const rows = [...by.entries()]
    .map(([crate, bytes]) => ({ crate, bytes, share: bytes / total }))
    .sort((a, b) => b.bytes - a.bytes);
  return { total, rows };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { total, rows } = await wasmCrates(process.argv[2]);
  console.log(`total ${total} bytes (custom sections left out)`);
  for (const r of rows.slice(0, Number(process.argv[3] ?? 30))) {
    console.log(`${String(r.bytes).padStart(9)}  ${(r.share * 100).toFixed(1).padStart(5)}%  ${r.crate}`);
  }
}
