/**
 * The V8 flags every site process runs with (`npm start`, `npm run start:site`, the benchmarks).
 * With Node's default heap sizing a site process serving 40,000 documents held about 300 MB at
 * start and 500–540 MB after load, where about 60 MB is live (the index, the word cache, the last
 * pages' documents): V8 lets the heap grow to several times the live data before a full
 * collection, plus a young generation of up to 3 × 16 MB. A 4 MB semi-space and a heap that
 * grows by 30 % before the next full collection keep it at 215–255 MB, the target of 250 MB.
 * The price is throughput: 25–45 % fewer requests per second under 50 connections in
 * `npm run bench:search` (every kind still above 300). A deployment that has memory to spare
 * and wants the throughput starts the site without them (docs/production.md has the figures).
 * `--optimize-for-size` went lower (160–200 MB) but halved the throughput.
 */
export const SITE_NODE_FLAGS: readonly string[] = [
  '--max-semi-space-size=4',
  '--heap-growing-percent=30',
]
