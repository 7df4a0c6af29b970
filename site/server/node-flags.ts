/**
 * The V8 flags every site process runs with (`npm start`, `npm run start:site`, the benchmarks).
 * With Node's default heap sizing a site process serving 40,000 documents held about 300 MB at
 * start and 500–540 MB after load, where about 60 MB is live (the index, the word cache, the last
 * pages' documents): V8 lets the heap grow to several times the live data before a full
 * collection, plus a young generation of up to 3 × 16 MB. A 4 MB semi-space and a heap that
 * grows by 30 % before the next full collection keep it at 215–255 MB, the target of 250 MB.
 * The price is throughput: 25–45 % fewer requests per second under 50 connections in
 * `npm run bench:search` (every kind still above 300; 559–1,138 per kind since the engine work
 * of ADR 0016 "Throughput", at 196 MB at start and 209 MB after the load). A deployment that has memory to spare
 * and wants the throughput starts the site without them (docs/production.md has the figures).
 * `--optimize-for-size` went lower (160–200 MB) but halved the throughput.
 */
export const SITE_NODE_FLAGS: readonly string[] = [
  '--max-semi-space-size=4',
  '--heap-growing-percent=30',
]

/**
 * The environment every site process gets besides its flags. MALLOC_ARENA_MAX=2: glibc's malloc
 * keeps up to 8 arenas per core for the threads (libuv's pool, SQLite, zlib, V8's helpers); two
 * are enough for a site process and keep memory that was freed from being held per thread:
 * 208 MB at start and 244 MB after the 50-connection runs instead of 222 and 255
 * (`npm run bench:search`, one run each, 5 December). Ignored where malloc is not glibc's
 * (macOS, musl).
 */
export const SITE_NODE_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' }
