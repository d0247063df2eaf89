// Runs Mozilla Readability.js over a folder of UTF-8 HTML files and writes one
// JSON line per page ({"file": NAME, "text": EXTRACTED}) to stdout, then prints
// timing on stderr. Used by scripts/readability_compare.sh so that dragoman and
// Readability are scored by the same code (`dragoman eval extract --predictions`).
//
// Usage: node readability_extract.mjs DIR [--dom jsdom|linkedom] [--runs N]
// Timing covers DOM parsing + Readability.parse() per page (not file reading),
// on node's single JavaScript thread, as CPU time of the process (the machine
// may be shared) and wall time; with --runs N the whole set is processed N
// times and the median total is reported.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const dir = args[0];
let dom = 'jsdom';
let runs = 1;
for (let i = 1; i < args.length; i++) {
  if (args[i] === '--dom') dom = args[++i];
  else if (args[i] === '--runs') runs = parseInt(args[++i], 10);
}
if (!dir) {
  console.error('usage: node readability_extract.mjs DIR [--dom jsdom|linkedom] [--runs N]');
  process.exit(2);
}
// Packages live in .deps/readability/node_modules (see readability_compare.sh).
const require = createRequire(path.resolve(process.env.READABILITY_HOME || '.deps/readability', 'package.json'));
const { Readability } = require('@mozilla/readability');

let parse;
if (dom === 'jsdom') {
  const { JSDOM, VirtualConsole } = require('jsdom');
  const vc = new VirtualConsole();  // silence CSS and script errors
  parse = (html, url) => new JSDOM(html, { url, virtualConsole: vc }).window.document;
} else if (dom === 'linkedom') {
  const { parseHTML } = require('linkedom');
  parse = (html) => parseHTML(html).document;
} else {
  console.error(`unknown --dom ${dom}`);
  process.exit(2);
}

const files = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
const pages = files.map((f) => ({ file: f, html: fs.readFileSync(path.join(dir, f), 'utf8') }));
const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0);

function extractOne(p) {
  try {
    const doc = parse(p.html, 'https://example.org/');
    const art = new Readability(doc).parse();
    return art && art.textContent ? art.textContent : '';
  } catch (e) {
    return '';
  }
}

const totals = [];
const walls = [];
let outputs = null;
for (let r = 0; r < runs; r++) {
  const texts = [];
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (const p of pages) texts.push(extractOne(p));
  const c1 = process.cpuUsage(c0);
  const t1 = process.hrtime.bigint();
  walls.push(Number(t1 - t0) / 1e9);
  totals.push((c1.user + c1.system) / 1e6);  // CPU seconds of the process (JIT and GC threads included)
  if (!outputs) outputs = texts;
}
for (let i = 0; i < pages.length; i++) {
  process.stdout.write(JSON.stringify({ file: pages[i].file, text: outputs[i] }) + '\n');
}
totals.sort((a, b) => a - b);
walls.sort((a, b) => a - b);
const median = totals[Math.floor(totals.length / 2)];
const wall = walls[Math.floor(walls.length / 2)];
console.error(JSON.stringify({ engine: `readability+${dom}`, pages: pages.length, bytes, runs,
  cpu_seconds_median: median, wall_seconds_median: wall,
  pages_per_s: pages.length / median, mb_per_s: bytes / 1e6 / median }));
