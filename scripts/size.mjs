// Measures what a first visit downloads: for each page of the app (`/`, and
// each program's page such as `/solicitud/…`), the HTML and every file it
// references (CSS, JS, and the wasm the JS loader fetches), each compressed
// with brotli at the quality the server uses. The budget applies to `/`.
// Usage: node scripts/size.mjs dist [budget-kB]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const budget = Number(process.argv[3] ?? 250) * 1000;
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1000).toFixed(1).padStart(8);

/** The brotli bytes of a page and its files, printing one row per file. */
function measure(page) {
  const html = readFileSync(join(dist, page));
  const files = new Set(
    [...html.toString().matchAll(/(?:href|src)="\/?([^"#?]+)"/g)]
      .map((m) => m[1])
      .filter((f) => existsSync(join(dist, f)) && statSync(join(dist, f)).isFile()),
  );
  // The wasm is fetched by the JS loader, and the split loader imported by it,
  // not named by a tag. (Lazy routes' chunks load only when their page opens.)
  for (const f of [...files].filter((f) => f.endsWith('.js'))) {
    const wasm = f.replace(/\.js$/, '_bg.wasm');
    if (existsSync(join(dist, wasm))) files.add(wasm);
    const folder = dirname(f);
    for (const [, imported] of readFileSync(join(dist, f), 'utf8').matchAll(/from "\.\/([^"]+\.js)"/g)) {
      files.add(join(folder, imported));
    }
  }
  let total = 0;
  for (const file of [page, ...[...files].sort()]) {
    const bytes = readFileSync(join(dist, file));
    const br = brotli(bytes);
    total += br;
    console.log(`${kb(bytes.length)} kB raw ${kb(br)} kB br  ${file}`);
  }
  console.log(`${' '.repeat(23)}${kb(total)} kB br  first load of /${page.replace(/index\.html$/, '')}\n`);
  return total;
}

const others = readdirSync(dist).filter((d) => existsSync(join(dist, d, 'index.html')));
for (const folder of others) measure(join(folder, 'index.html'));
const total = measure('index.html');
console.log(`budget for /: ${budget / 1000} kB`);
if (total > budget) {
  console.error(`over budget by ${((total - budget) / 1000).toFixed(1)} kB`);
  process.exit(1);
}
