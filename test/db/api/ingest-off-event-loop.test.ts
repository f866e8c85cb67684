/**
 * ingestDocument extracts in a worker thread: while a ~5 MB Chinese document is being extracted, the
 * same server (in this process) keeps answering /healthz. With extraction on the event loop, no
 * answer could arrive between the start and the end of the extraction.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { extractWithPipeline } from '../../../src/api/services/extractor.js';
import { API_KEY, startHarness, type Harness } from '../../support/api-server.js';

let harness: Harness;
let extracting = false;
let answeredWhileExtracting = 0;

beforeAll(async () => {
  harness = await startHarness({
    extractor: async (input) => {
      extracting = true;
      try {
        return await extractWithPipeline(input);
      } finally {
        extracting = false;
      }
    },
  });
});
afterAll(async () => {
  await harness?.stop();
});

/** About 5 MB of UTF-8: a seed document, repeated. */
function largeChineseText(): string {
  const seed = readFileSync('seeds/000_8bbcd799bbb03f60.txt', 'utf8');
  const copies = Math.ceil(5_000_000 / Buffer.byteLength(seed, 'utf8'));
  return Array.from({ length: copies }, (_, i) => `${seed}\n第${i + 1}部分\n`).join('');
}

it('answers /healthz while a 5 MB Chinese document is being extracted', { timeout: 300_000 }, async () => {
  const text = largeChineseText();
  expect(Buffer.byteLength(text, 'utf8')).toBeGreaterThan(5_000_000);
  const mutation = 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { id } }';
  const auth = { authorization: `Bearer ${API_KEY}` };
  // A small document first: the extractor's modules (and worker) are loaded before the one measured.
  const small = await harness.query(
    mutation,
    { input: { file: 'small.txt', text: text.slice(0, 2000) } },
    auth,
  );
  expect(small.errors).toBeUndefined();
  let finished = false;
  const ingest = harness
    .query<{ ingestDocument: { id: string } }>(mutation, { input: { file: 'large.txt', text } }, auth)
    .finally(() => {
      finished = true;
    });
  const health = new URL('/healthz', harness.server.url).href;
  const latencies: number[] = [];
  while (!finished) {
    const sent = performance.now();
    const response = await fetch(health);
    expect(response.status).toBe(200);
    if (extracting) {
      answeredWhileExtracting++;
      latencies.push(performance.now() - sent);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const result = await ingest;
  expect(result.errors).toBeUndefined();
  expect(result.data?.ingestDocument.id).toMatch(/^doc:/);
  // Answers arrived while the extraction ran (not only before it started or after it ended).
  expect(answeredWhileExtracting).toBeGreaterThanOrEqual(3);
  // For docs/performance.md (not asserted: timings belong in benchmarks, not tests).
  latencies.sort((a, b) => a - b);
  const median = latencies[Math.floor(latencies.length / 2)] ?? 0;
  console.info(
    `/healthz during a ${(Buffer.byteLength(text, 'utf8') / 1e6).toFixed(1)} MB extraction: ${latencies.length} answers, ` +
      `median ${median.toFixed(1)} ms, max ${(latencies.at(-1) ?? 0).toFixed(1)} ms`,
  );
});
