// Measures what a first visit to `/` downloads: the page and every file it
// references (CSS, JS, wasm), each compressed with brotli at the quality the
// server uses. Usage: node scripts/size.mjs dist [budget-kB]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const budget = Number(process.argv[3] ?? 250) * 1000;
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const html = readFileSync(join(dist, 'index.html'));
const referenced = new Set(
  [...html.toString().matchAll(/(?:href|src)="\/?([^"#?]+)"/g)]
    .map((m) => m[1])
    .filter((f) => readdirSync(dist).includes(f)),
);
// The wasm is fetched by the JS loader, not named by a tag.
for (const f of readdirSync(dist)) if (f.endsWith('.wasm')) referenced.add(f);

const rows = [['index.html', html.length, brotli(html)]];
for (const file of [...referenced].sort()) {
  const bytes = readFileSync(join(dist, file));
  rows.push([file, bytes.length, brotli(bytes)]);
}
const total = rows.reduce((sum, [, , br]) => sum + br, 0);
const kb = (n) => (n / 1000).toFixed(1).padStart(8);
for (const [file, raw, br] of rows) console.log(`${kb(raw)} kB raw ${kb(br)} kB br  ${file}`);
console.log(`${' '.repeat(23)}${kb(total)} kB br  first load of / (budget ${budget / 1000} kB)`);
if (total > budget) {
  console.error(`over budget by ${((total - budget) / 1000).toFixed(1)} kB`);
  process.exit(1);
}
