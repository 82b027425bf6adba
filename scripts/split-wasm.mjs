// Trunk post-build hook: splits the app's wasm at its lazy routes, so that the
// first visit downloads only the code of the page it opens. Trunk 0.21 cannot
// split (trunk-rs/trunk#1022), so this redoes its last steps on the same cargo
// output: wasm-split-cli (the splitter of leptos' `#[lazy_route]`), then
// wasm-bindgen and wasm-opt on the main module and on each chunk. The main
// module replaces trunk's files under the same names; the chunks and their
// loader go in a folder named after their content, so that they are cached
// forever like trunk's files.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
const profile = process.env.TRUNK_PROFILE;
const bin = readFileSync(process.env.TRUNK_HTML_FILE, 'utf8').match(/data-bin="([^"]+)"/)[1];
const input = join('target', 'wasm32-unknown-unknown', profile, `${bin}.wasm`);

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });

// Trunk's files for the app: `<bin>-<hash>.js` and `<bin>-<hash>_bg.wasm`.
const js = readdirSync(staging).find((f) => f.startsWith(`${bin}-`) && f.endsWith('.js'));
const stem = basename(js, '.js');
const wasm = `${stem}_bg.wasm`;

const work = join('target', 'wasm-split', bin);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
run('wasm-split-cli', '--out-name', stem, input, work);
run('wasm-bindgen', '--target', 'web', '--no-typescript', '--keep-lld-exports', '--no-demangle',
  '--out-dir', work, '--out-name', stem, join(work, `${stem}.wasm`));
rmSync(join(work, `${stem}.wasm`));

const optimize = (from, to) =>
  profile === 'release' ? run('wasm-opt', '-Oz', '--converge', from, '-o', to) : renameSync(from, to);

const chunks = join(work, 'chunks');
mkdirSync(chunks);
for (const chunk of readdirSync(work).filter((f) => f.endsWith('.wasm') && f !== wasm)) {
  optimize(join(work, chunk), join(chunks, chunk));
}
// The loader sits beside the chunks it fetches and imports `initSync` from the main JS, one folder up.
const loader = readFileSync(join(work, '__wasm_split.js'), 'utf8').replace(`from "./${js}"`, `from "../${js}"`);
writeFileSync(join(chunks, '__wasm_split.js'), loader);
// The files each lazy route needs (its own and the chunks it shares), by the
// name leptos gives the route: the server preloads them with a page of that
// route, so that they arrive beside the main module, not after it.
const makeLoads = [...loader.matchAll(/const (\w+) = (?:wrapAsyncCb\()?makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?\n, \[([^\]]*)\]/g)];
const loads = Object.fromEntries(makeLoads.map(([, name, file, deps]) => [name, { file, deps: deps.match(/\w+/g) ?? [] }]));
const filesOf = (name, seen = new Set()) => {
  if (seen.has(name)) return [];
  seen.add(name);
  return [loads[name].file, ...loads[name].deps.flatMap((dep) => filesOf(dep, seen))];
};
const exported = [...loader.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?\n, \[([^\]]*)\]/g)];
const manifest = Object.fromEntries(exported.map(([, route, file, deps]) => [
  route,
  [file, ...new Set((deps.match(/\w+/g) ?? []).flatMap((dep) => filesOf(dep)))],
]));
writeFileSync(join(chunks, 'manifest.json'), JSON.stringify(manifest));
const digest = createHash('sha256');
for (const file of readdirSync(chunks).sort()) digest.update(file).update(readFileSync(join(chunks, file)));
const folder = `split-${digest.digest('hex').slice(0, 16)}`;
renameSync(chunks, join(staging, folder));

// Only the JS imports change: the import object's keys must stay the names the wasm asks for.
const mainJs = readFileSync(join(work, js), 'utf8')
  .replaceAll('from "./__wasm_split.js"', `from "./${folder}/__wasm_split.js"`);
writeFileSync(join(staging, js), mainJs);
optimize(join(work, wasm), join(staging, wasm));

// Trunk's loader imports the app at once and preloads it: its download would
// then compete with the page the server rendered, which needs none of it to
// show. This loader starts after the first paint, fetching the main module
// and the wasm together, with the chunks of a lazy page that the server
// listed in `<template id="lazy-chunks">`.
const page = join(staging, 'index.html');
const trunkLoader = /<script type="module" nonce="([^"]*)">[\s\S]*?<\/script>\s*<link rel="modulepreload"[^>]*><link rel="preload"[^>]*>/;
const html = readFileSync(page, 'utf8');
if (!trunkLoader.test(html) || !html.includes('<body></body>')) {
  throw new Error("trunk's loader or the empty body is not where this script expects it");
}
// It goes at the end of the body, after the page and the data the server
// renders there: the server compresses each page once, in the pieces around
// this script's nonce, and the first piece, the whole page, compresses best.
const [, nonce] = html.match(trunkLoader);
writeFileSync(page, html.replace(trunkLoader, '').replace('<body></body>', `<body><script type="module" nonce="${nonce}">
requestAnimationFrame(() => setTimeout(async () => {
  const preload = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: '/${wasm}' });
  document.head.append(preload, document.getElementById('lazy-chunks')?.content ?? '');
  const { default: init } = await import('/${js}');
  await init({ module_or_path: '/${wasm}' });
}));
</script></body>`));
