#!/usr/bin/env node
// `recon` (npm run recon, npm link / npm install -g): runs the compiled build in .build/ when it
// matches the sources (`npm ci` and `npm run build` make it), else bot/recon.ts through tsx, so
// an edited source is never run stale.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILD, buildIsFresh } from './compiled.mjs';

if (buildIsFresh()) {
  await import(pathToFileURL(join(BUILD, 'bot', 'recon.js')).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../recon.ts');
}
