// Copies of a build, finished by the same post-build step as a real build, for tests that
// need a second release (an update) or an instrumented build.
//
//   const v2 = makeBuild(DIST_DIR, dir, { note: ' (build 2)' });   // a new release
//   buildVersion(dir)                                               // '0123456789abcdef'

import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '../..');

/** The build version post_build wrote into `dir`/index.html. */
export function buildVersion(dir) {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const found = html.match(/name="rebound-build" content="([0-9a-f]+)"/);
  if (!found) throw new Error(`${dir}/index.html has no build version`);
  return found[1];
}

/**
 * Copies the build `from` to `to`, lets `edit(to)` change it, appends `note` to the
 * manifest's description (so the copy is a new release), and runs scripts/post_build.mjs
 * on it (new precache list, version, _headers, .br and .gz). Returns the new version.
 */
export function makeBuild(from, to, { note = '', edit } = {}) {
  cpSync(from, to, { recursive: true });
  if (note) {
    const manifestPath = path.join(to, 'manifest.webmanifest');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.description += note;
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  }
  edit?.(to);
  execFileSync(process.execPath, [path.join(REPO, 'scripts/post_build.mjs'), to], { stdio: 'pipe' });
  return buildVersion(to);
}
