// A zip of a directory that is byte-identical for identical contents, wherever and whenever it is made.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

/** 1 January 1980 00:00, zip's own epoch: a fixed time for every entry. */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** A zip of `dir` with manifest.json at its root, byte-identical for identical contents. */
export function zipDir(dir) {
  return zipFiles(dir, files(dir).map((file) => relative(dir, file).split('\\').join('/')));
}

/** A zip of the given files of `root` (paths with `/`), each under `prefix`, byte-identical for identical contents. */
export function zipFiles(root, paths, prefix = '') {
  const entries = {};
  for (const path of [...paths].sort()) entries[`${prefix}${path}`] = [readFileSync(join(root, path)), { mtime: FIXED_TIME, level: 9 }];
  return zipSync(entries);
}

