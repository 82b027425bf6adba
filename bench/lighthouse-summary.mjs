// Reads Lighthouse JSON reports (one per run, named in page-then-run order) and prints
// a markdown table: page, run, performance score, LCP, FCP, TBT, total transfer, and
// each page's median row. Used by bench/lighthouse.sh.
// Usage: node bench/lighthouse-summary.mjs report.json...
import { readFileSync } from "node:fs";

const rows = process.argv.slice(2).sort().map((file) => {
  const r = JSON.parse(readFileSync(file, "utf8"));
  if (r.runtimeError) throw new Error(`${file}: ${r.runtimeError.code} ${r.runtimeError.message}`);
  const a = (id) => r.audits[id].numericValue;
  const u = new URL(r.finalDisplayedUrl ?? r.requestedUrl);
  return {
    page: u.pathname + u.search,
    values: [
      Math.round(r.categories.performance.score * 100),
      a("largest-contentful-paint") / 1000,
      a("first-contentful-paint") / 1000,
      a("total-blocking-time"),
      a("total-byte-weight") / 1024,
    ],
  };
});
const fmt = ([score, lcp, fcp, tbt, kib]) =>
  [score, lcp.toFixed(2), fcp.toFixed(2), Math.round(tbt), kib.toFixed(1)].join(" | ");
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor((xs.length - 1) / 2)];

console.log("| page | run | performance | LCP (s) | FCP (s) | TBT (ms) | transfer (KiB) |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const page of [...new Set(rows.map((r) => r.page))]) {
  const runs = rows.filter((r) => r.page === page);
  runs.forEach((r, i) => console.log(`| ${page} | ${i + 1} | ${fmt(r.values)} |`));
  const med = runs[0].values.map((_, k) => median(runs.map((r) => r.values[k])));
  console.log(`| ${page} | median | ${fmt(med)} |`);
}
