#!/usr/bin/env node
// The `veta` command. Runs the compiled CLI when `npm run build` produced it and no source file is
// newer than that build; otherwise runs the TypeScript sources through tsx (e.g. `npx veta --help`
// in a fresh clone).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'cli', 'main.js');
const stamp = join(root, 'dist', '.build-stamp');

function newerThan(dir, time) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory() ? newerThan(full, time) : statSync(full).mtimeMs > time) return true;
  }
  return false;
}

function builtIsCurrent() {
  if (!existsSync(built) || !existsSync(stamp)) return false;
  const src = join(root, 'src');
  return !existsSync(src) || !newerThan(src, statSync(stamp).mtimeMs);
}

if (builtIsCurrent()) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'src', 'cli', 'main.ts')).href);
}
