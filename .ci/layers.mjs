#!/usr/bin/env node
// Layering check (ARCHITECTURE.md, "Dependency direction"). Exits 1 and names every offending
// import when engine/ reaches chat or HTTP code, when the pure engine touches I/O, when dialogs/
// reach the database driver or the HTTP server, or when code outside bot/ reads process.env.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const CHAT_HTTP = /^(botbuilder|botbuilder-.*|botframework-.*|restify|restify-.*)$/;
const DB = /^(pg|pg-.*|@electric-sql\/pglite.*)$/;
const IO = /^(node:)?(fs|fs\/promises|child_process|net|http|https|os|worker_threads)$|^(pino|cli-progress)$/;
const PURE = ['engine/money', 'engine/model', 'engine/errors', 'engine/i18n', 'engine/parse', 'engine/match', 'engine/report'];

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(ts|mts|mjs|js)$/.test(name) && !/\.test\.ts$/.test(name)) out.push(p);
  }
  return out;
}

function imports(text) {
  const found = [];
  const re = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of text.matchAll(re)) found.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return found;
}

function pkg(spec) {
  if (spec.startsWith('.')) return null;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const problems = [];
for (const top of ['engine', 'dialogs', 'bot']) {
  let list = [];
  try { list = files(join(root, top)); } catch { continue; }
  for (const file of list) {
    const rel = relative(root, file).split(sep).join('/');
    const text = readFileSync(file, 'utf8');
    const pure = PURE.some((p) => rel === `${p}.ts` || rel.startsWith(`${p}/`));
    for (const spec of imports(text)) {
      const p = pkg(spec);
      const target = spec.startsWith('.') ? relative(root, join(file, '..', spec)).split(sep).join('/') : '';
      if (top === 'engine') {
        if (target.startsWith('dialogs') || target.startsWith('bot')) problems.push(`${rel}: engine/ imports ${spec}`);
        if (p && CHAT_HTTP.test(p)) problems.push(`${rel}: engine/ imports chat/HTTP package ${spec}`);
        if (pure && p && (DB.test(p) || IO.test(spec) || IO.test(p))) problems.push(`${rel}: pure engine imports I/O ${spec}`);
        if (pure && target.startsWith('engine/') && !PURE.some((q) => target === q || target.startsWith(`${q}/`) || target === `${q}.ts`))
          problems.push(`${rel}: pure engine imports ${spec} (outside money/model/errors/i18n/parse/match/report)`);
      }
      if (top === 'dialogs') {
        if (target.startsWith('bot')) problems.push(`${rel}: dialogs/ imports bot/ (${spec})`);
        if (p && (DB.test(p) || /^restify/.test(p))) problems.push(`${rel}: dialogs/ imports ${spec}`);
        if (target.startsWith('engine/store')) problems.push(`${rel}: dialogs/ imports the store directly (${spec}); use engine/service`);
      }
    }
    if (top !== 'bot' && /process\.env/.test(text)) problems.push(`${rel}: reads process.env outside bot/`);
    if (pure && /Date\.now\(|new Date\(\s*\)|Math\.random\(/.test(text)) problems.push(`${rel}: pure engine reads the clock or randomness`);
  }
}

if (problems.length) {
  for (const p of problems) console.error(`layers: ${p}`);
  console.error(`layers: ${problems.length} violation(s)`);
  process.exit(1);
}
console.log('layers: ok');
