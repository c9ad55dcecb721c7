#!/usr/bin/env node
// `npm run build` (also run by `npm ci` / `npm install` through `prepare`): compiles bot/, engine/
// and dialogs/ file by file to JavaScript in .build/ (the same tree, `.ts` imports rewritten to
// `.js`, packages left to node_modules), copies the other files they read at run time (SQL
// migrations, the FAQ knowledge base), and writes the manifest the `recon` bin checks. The build
// is made in a fresh folder and swapped in, so a `recon` starting meanwhile never sees half of it.
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD, MANIFEST, ROOT, sourceState } from './compiled.mjs';

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.log('recon build: esbuild is not installed; `recon` runs the TypeScript sources through tsx.');
  process.exit(0);
}

const sources = sourceState();
const files = sources.filter((line) => !line.split(' ')[0].endsWith('/')).map((line) => line.split(' ')[0]);
const ts = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
const others = files.filter((f) => !f.endsWith('.ts'));

/** Every import stays an import: relative ones point at the compiled sibling, packages at node_modules. */
const eachFileAlone = {
  name: 'each-file-alone',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      if (args.path.startsWith('.')) return { path: args.path.replace(/\.ts$/, '.js'), external: true };
      return { path: args.path, external: true };
    });
  },
};

const next = `${BUILD}.next-${process.pid}`;
rmSync(next, { recursive: true, force: true });
await esbuild.build({
  entryPoints: ts.map((f) => join(ROOT, f)),
  outdir: next,
  outbase: ROOT,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [eachFileAlone],
  logLevel: 'warning',
});
for (const f of others) {
  mkdirSync(join(next, f, '..'), { recursive: true });
  cpSync(join(ROOT, f), join(next, f));
}
writeFileSync(join(next, 'manifest.json'), `${JSON.stringify({ built: new Date().toISOString(), sources }, null, 0)}\n`);
const old = `${BUILD}.old-${process.pid}`;
if (existsSync(BUILD)) renameSync(BUILD, old);
renameSync(next, BUILD);
rmSync(old, { recursive: true, force: true });
console.log(`recon build: ${ts.length} modules compiled and ${others.length} files copied to ${BUILD} (${MANIFEST.slice(ROOT.length)})`);
