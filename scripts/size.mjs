// Measures what a first visit to a page downloads, as the server sends it
// (brotli): the server-rendered HTML, and every file it names (CSS, icon,
// manifest, the JS and wasm it preloads, a lazy page's chunks) or the JS
// imports (the chunks' loader). It reports what comes before the first paint
// (HTML and CSS) apart from the total, and fails over the budget for `/`.
// Usage: node scripts/size.mjs <server-binary> <dist> [budget-kB] [page…]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [binary, dist, budgetKb = '250', ...asked] = process.argv.slice(2);
const pages = asked.length ? asked : ['/', '/tramites/consulta-curp'];
const budget = Number(budgetKb) * 1000;
const kb = (n) => (n / 1000).toFixed(1).padStart(8);

const dir = mkdtempSync(join(tmpdir(), 'ventanilla-size-'));
const server = spawn(binary, ['--addr', '127.0.0.1:0', '--db', join(dir, 'size.sqlite3'), '--dist', dist], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const stop = () => { server.kill(); rmSync(dir, { recursive: true, force: true }); };
const base = await new Promise((ready, fail) => {
  let output = '';
  server.once('exit', (code) => fail(new Error(`the server exited with ${code}`)));
  server.stdout.on('data', (chunk) => {
    output += chunk;
    const match = output.match(/ready at (http:\/\/\S+?)\/?\s/);
    if (match) ready(match[1]);
  });
});

/** The bytes on the wire (brotli where the server compresses) and the decoded text's length. */
const fetchRaw = (path) =>
  new Promise((done, fail) => {
    get(`${base}${path}`, { headers: { 'accept-encoding': 'br' } }, (response) => {
      const chunks = [];
      response.on('data', (c) => chunks.push(c));
      response.on('end', () => done({ wire: Buffer.concat(chunks), encoding: response.headers['content-encoding'] }));
    }).on('error', fail);
  });
const text = async (path) => {
  const { wire, encoding } = await fetchRaw(path);
  const { brotliDecompressSync } = await import('node:zlib');
  return { bytes: wire.length, body: (encoding === 'br' ? brotliDecompressSync(wire) : wire).toString() };
};

async function measure(page) {
  const html = await text(page);
  // Links (the lazy page's chunks among them) and what the loader imports and preloads.
  const named = [...html.body.matchAll(/<link[^>]*href="(\/[^"]+)"|import\('(\/[^']+)'\)|href: '(\/[^']+)'/g)]
    .map((m) => m[1] ?? m[2] ?? m[3]);
  const files = new Map();
  for (const path of new Set(named)) files.set(path, await text(path));
  // The JS imports the chunks' loader; the loader is named by a path relative to the JS.
  for (const [path, file] of [...files].filter(([p]) => p.endsWith('.js'))) {
    for (const [, imported] of file.body.matchAll(/from "\.\/([^"]+\.js)"/g)) {
      const full = path.replace(/[^/]+$/, imported);
      if (!files.has(full)) files.set(full, await text(full));
    }
  }
  const firstPaint = html.bytes + [...files].filter(([p]) => p.endsWith('.css')).reduce((n, [, f]) => n + f.bytes, 0);
  let total = html.bytes;
  console.log(`${kb(html.bytes)} kB  ${page} (HTML)`);
  for (const [path, file] of [...files].sort()) {
    total += file.bytes;
    console.log(`${kb(file.bytes)} kB  ${path}`);
  }
  console.log(`${kb(firstPaint)} kB  before the first paint (HTML and CSS)`);
  console.log(`${kb(total)} kB  first load of ${page}, everything included\n`);
  return total;
}

try {
  const totals = [];
  for (const page of pages) totals.push(await measure(page));
  console.log(`budget for ${pages[0]}: ${budget / 1000} kB`);
  if (totals[0] > budget) {
    console.error(`over budget by ${((totals[0] - budget) / 1000).toFixed(1)} kB`);
    process.exitCode = 1;
  }
} finally {
  stop();
}
