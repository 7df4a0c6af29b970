/**
 * The V8 flags every site process runs with (`npm start`, `npm run start:site`, the benchmarks).
 * With the default heap sizing a site process serving 40,000 documents held 280 MB at start and
 * 410–500 MB after load, where about 60 MB is live (the index, the word cache, the last pages'
 * documents): V8 lets the heap grow to 2–4 × the live data before a full collection, plus a
 * young generation of up to 3 × 16 MB. A 4 MB semi-space and a heap that grows by 30 % before
 * the next full collection keep it at 195–240 MB; requests per second stayed within the noise of
 * the same runs (README, "Performance"). `--optimize-for-size` went lower (160–200 MB) but
 * halved the throughput.
 */
export const SITE_NODE_FLAGS: readonly string[] = [
  '--max-semi-space-size=4',
  '--heap-growing-percent=30',
]
