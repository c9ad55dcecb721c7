#!/usr/bin/env node
// Layering check (README, "Where things are"). Plain Node plus the installed
// `typescript` package (its parser only: no program, no type-check). Exits 1 when any rule fails
// and prints one line per offence, then the counts.
//
// Rules (each a count in the summary):
//   cycles            no import cycle anywhere in engine/, dialogs/, bot/ (type-only imports count:
//                     they tie the files' meaning together all the same); each cycle is named with its files
//   upward imports    inside engine/ a lower layer never imports a higher one:
//                     lines < parse; lines < match < report; the pure core < reconcile < service < cli;
//                     store < service. parse and match/report sit side by side: neither imports the other.
//   pure engine       lines, parse, match, report, money, model, errors, reconcile (and i18n, the text tables) import
//                     no store/service/reconcile/cli, no I/O package, no side-effect-only module, and read
//                     neither the clock, randomness nor the environment
//   SQL outside store `.query(` / `.exec(` on anything but a regular expression, and SQL `COPY` in a
//                     string, only under engine/store/ (and bot/http/ops.ts, the health check)
//   cross-feature     a feature dialog (any folder of dialogs/ but flow/) imports dialogs/flow/,
//                     dialogs/ports.ts and engine/, never another feature dialog
//   earlier rules     engine/ imports no chat/HTTP code; dialogs/ no pg/restify/store; process.env only in bot/
// Informational (never fails): functions whose body spans more than 60 lines, with the top 10.
//
// Flags: --all-long lists every long function, not the top 10.
//        --report-only=RULE[,RULE] prints a rule's offences but does not fail on them
// (RULE: cycles, upward, pure, sql, dialogs, earlier), for a branch that cannot satisfy a rule yet.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep, dirname } from 'node:path';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;
const TOPS = ['engine', 'dialogs', 'bot'];
const CHAT_HTTP = /^(botbuilder|botbuilder-.*|botframework-.*|restify|restify-.*)$/;
const DB = /^(pg|pg-.*|@electric-sql\/pglite.*)$/;
const IO = /^(node:)?(fs|fs\/promises|child_process|net|http|https|os|worker_threads|process|readline)$|^(pino|cli-progress|dotenv)$/;
const SQL_ALLOWED = (rel) => rel.startsWith('engine/store/') || rel === 'bot/http/ops.ts';
const LONG = 60;

const reportOnly = new Set(
  process.argv
    .filter((a) => a.startsWith('--report-only='))
    .flatMap((a) => a.slice('--report-only='.length).split(','))
    .filter(Boolean),
);

// ---- engine layers -----------------------------------------------------------------------
/** The engine layer of a file ('' outside engine/ or for an unnamed engine file). */
function layerOf(rel) {
  const m = /^engine\/([^/]+?)(?:\.ts|\/.*)$/.exec(rel);
  return m ? m[1] : '';
}
const PURE = new Set(['lines', 'parse', 'match', 'report', 'money', 'model', 'errors', 'i18n', 'reconcile']);
const BASE = new Set(['money', 'model', 'errors', 'i18n']);
/** below[x] = the layers x may import besides itself and BASE (the whole order, transitively closed). */
const below = {
  money: [], model: [], errors: [], i18n: [],
  lines: [],
  parse: ['lines'],
  match: ['lines'],
  report: ['lines', 'match'],
  reconcile: ['lines', 'match', 'report'],
  store: ['lines', 'parse'],
  service: ['lines', 'parse', 'match', 'report', 'reconcile', 'store'],
  cli: ['lines', 'parse', 'match', 'report', 'reconcile', 'store', 'service'],
};
function upward(from, to) {
  if (!from || !to || from === to || BASE.has(to)) return false;
  const allowed = below[from];
  if (!allowed) return false; // a layer the order does not name: not judged here
  if (!(to in below)) return false;
  return !allowed.includes(to);
}

// ---- files and imports ---------------------------------------------------------------------
function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(ts|mts|mjs|js)$/.test(name) && !/\.test\.ts$/.test(name)) out.push(p);
  }
  return out;
}

const relOf = (abs) => relative(root, abs).split(sep).join('/');

function pkg(spec) {
  if (spec.startsWith('.')) return null;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Every import/export-from/dynamic import/require of a source file, with whether it is bare. */
function importsOf(sf) {
  const out = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push({ spec: node.moduleSpecifier.text, bare: ts.isImportDeclaration(node) && !node.importClause, line: lineOf(sf, node) });
    } else if (ts.isCallExpression(node) && node.arguments.length >= 1 && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        out.push({ spec: node.arguments[0].text, bare: false, line: lineOf(sf, node) });
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      out.push({ spec: node.argument.literal.text, bare: false, line: lineOf(sf, node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const lineOf = (sf, node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;

const known = new Set();
const sources = new Map();
for (const top of TOPS) {
  let list = [];
  try {
    list = files(join(root, top));
  } catch {
    continue;
  }
  for (const abs of list) {
    const rel = relOf(abs);
    known.add(rel);
    const text = readFileSync(abs, 'utf8');
    const kind = /\.m?js$/.test(rel) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
    sources.set(rel, { text, sf: ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, true, kind) });
  }
}

/** The project file a relative specifier names (with or without extension, or a folder's index). */
function resolve(fromRel, spec) {
  const base = relOf(join(root, dirname(fromRel), spec));
  for (const cand of [base, `${base}.ts`, `${base}/index.ts`, base.replace(/\.js$/, '.ts')]) if (known.has(cand)) return cand;
  return base;
}

// ---- the checks ----------------------------------------------------------------------------
const offences = { cycles: [], upward: [], pure: [], sql: [], dialogs: [], earlier: [] };
const graph = new Map();
const featureOf = (rel) => {
  const m = /^dialogs\/([^/]+)\//.exec(rel);
  return m && m[1] !== 'flow' ? m[1] : null;
};

/** Names bound to regular expressions in a file (`const X = /…/`, `new RegExp`, class fields). */
function regexNames(sf) {
  const names = new Set();
  const isRegex = (e) => e && (e.kind === ts.SyntaxKind.RegularExpressionLiteral || (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'RegExp'));
  const visit = (node) => {
    if ((ts.isVariableDeclaration(node) || ts.isPropertyDeclaration(node)) && isRegex(node.initializer) && node.name && ts.isIdentifier(node.name)) names.add(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return names;
}

function sqlCalls(rel, sf) {
  const regexes = regexNames(sf);
  const found = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const name = node.expression.name.text;
      if (name === 'query' || name === 'exec') {
        let recv = node.expression.expression;
        while (ts.isParenthesizedExpression(recv)) recv = recv.expression;
        const regex =
          recv.kind === ts.SyntaxKind.RegularExpressionLiteral ||
          (ts.isNewExpression(recv) && ts.isIdentifier(recv.expression) && recv.expression.text === 'RegExp') ||
          (ts.isIdentifier(recv) && regexes.has(recv.text)) ||
          (ts.isPropertyAccessExpression(recv) && regexes.has(recv.name.text));
        if (!regex) found.push(`${rel}:${lineOf(sf, node)}: .${name}( outside engine/store/`);
      }
    }
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) && /\bCOPY\s+\S+.*\b(FROM|TO)\b/.test(node.text)) {
      found.push(`${rel}:${lineOf(sf, node)}: SQL COPY outside engine/store/`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const CLOCK = /Date\.now\(|new Date\(\s*\)|Math\.random\(|performance\.now\(|process\.hrtime/;

for (const [rel, { text, sf }] of sources) {
  const top = rel.split('/')[0];
  const layer = top === 'engine' ? layerOf(rel) : '';
  const pure = PURE.has(layer);
  const edges = new Set();
  for (const { spec, bare, line } of importsOf(sf)) {
    const p = pkg(spec);
    const target = spec.startsWith('.') ? resolve(rel, spec) : '';
    const at = `${rel}:${line}`;
    if (target && known.has(target)) edges.add(target);
    if (top === 'engine') {
      if (target.startsWith('dialogs/') || target.startsWith('bot/')) offences.earlier.push(`${at}: engine/ imports ${spec}`);
      if (p && CHAT_HTTP.test(p)) offences.earlier.push(`${at}: engine/ imports chat/HTTP package ${spec}`);
      const to = target.startsWith('engine/') ? layerOf(target) : '';
      if (upward(layer, to)) offences.upward.push(`${at}: ${layer} imports ${to} (${spec})`);
      if (pure) {
        if (p && (DB.test(p) || IO.test(spec) || IO.test(p))) offences.pure.push(`${at}: pure engine (${layer}) imports I/O ${spec}`);
        if (to && !PURE.has(to)) offences.pure.push(`${at}: pure engine (${layer}) imports ${to} (${spec})`);
        if (bare) offences.pure.push(`${at}: pure engine (${layer}) imports ${spec} for its side effects`);
      }
    }
    if (top === 'dialogs') {
      if (target.startsWith('bot/')) offences.earlier.push(`${at}: dialogs/ imports bot/ (${spec})`);
      if (p && (DB.test(p) || /^restify/.test(p))) offences.earlier.push(`${at}: dialogs/ imports ${spec}`);
      if (target.startsWith('engine/store')) offences.earlier.push(`${at}: dialogs/ imports the store directly (${spec}); use engine/service`);
      const mine = featureOf(rel);
      const theirs = featureOf(target);
      if (mine && theirs && mine !== theirs) offences.dialogs.push(`${at}: feature dialog ${mine}/ imports feature dialog ${theirs}/ (${spec})`);
    }
  }
  graph.set(rel, [...edges]);
  if (top !== 'bot' && /process\.env/.test(text)) offences.earlier.push(`${rel}: reads process.env outside bot/`);
  if (pure && CLOCK.test(text)) offences.pure.push(`${rel}: pure engine (${layer}) reads the clock or randomness`);
  if (!SQL_ALLOWED(rel) && /\.(query|exec)\(|COPY/.test(text)) offences.sql.push(...sqlCalls(rel, sf));
}

// Cycles: strongly connected components of the import graph (Tarjan, iterative order kept stable).
{
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const on = new Set();
  const strong = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const comp = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (graph.get(v) ?? []).includes(v)) offences.cycles.push(`cycle of ${comp.length} file(s): ${comp.sort().join(' <-> ')}`);
    }
  };
  for (const v of [...graph.keys()].sort()) if (!idx.has(v)) strong(v);
}

// Long functions (informational): body span in lines, for every function-like node with a body.
const long = [];
for (const [rel, { sf }] of sources) {
  const visit = (node) => {
    if (ts.isFunctionLike(node) && node.body) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > LONG) long.push({ rel, line: start + 1, lines, name: nameOf(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}
function nameOf(node) {
  if (node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) return node.name.text;
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return '(anonymous)';
}
long.sort((a, b) => b.lines - a.lines || a.rel.localeCompare(b.rel) || a.line - b.line);

// ---- report --------------------------------------------------------------------------------
const LABELS = {
  cycles: 'import cycles',
  upward: 'upward imports',
  pure: 'pure-engine violations',
  sql: 'SQL outside store',
  dialogs: 'cross-feature dialog imports',
  earlier: 'other violations (chat/HTTP, db, env)',
};
let failing = 0;
for (const [rule, list] of Object.entries(offences)) {
  for (const o of list) console.error(`layers: [${rule}${reportOnly.has(rule) ? ', report-only' : ''}] ${o}`);
  if (!reportOnly.has(rule)) failing += list.length;
}
for (const [rule, list] of Object.entries(offences)) console.log(`layers: ${LABELS[rule]}: ${list.length}${reportOnly.has(rule) ? ' (report-only)' : ''}`);
const byTop = TOPS.map((t) => `${t}/ ${long.filter((f) => f.rel.startsWith(`${t}/`)).length}`).join(', ');
console.log(`layers: functions over ${LONG} lines (informational): ${long.length} (${byTop})`);
for (const f of process.argv.includes('--all-long') ? long : long.slice(0, 10)) console.log(`layers:   ${String(f.lines).padStart(4)} lines  ${f.rel}:${f.line} ${f.name}`);
if (failing) {
  console.error(`layers: ${failing} violation(s)`);
  process.exit(1);
}
console.log('layers: ok');
