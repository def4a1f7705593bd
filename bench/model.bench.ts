// Benchmark of the local model: judge() latency by post length, shipped weight size and the
// cost of decoding the weights. Run: npx tsx bench/model.bench.ts
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Parse of the generated module, timed before anything else imports it.
const parseStart = process.hrtime.bigint();
const { WEIGHTS } = await import('../model/weights.generated');
const parseMs = Number(process.hrtime.bigint() - parseStart) / 1e6;
const { judge } = await import('../model/index');
const { loadModel } = await import('../model/load-model');

// A mixed sample (plain chat, news, AI-styled prose, ad pressure, scam, rage bait) so posts cut
// from it at different offsets exercise both unlabelled posts and labelled ones with reasons.
const SAMPLE = 'lol the refs were blind last night, we still should have won tbh. ' +
  'The council voted 7-2 on Tuesday to fund repairs to the Main Street bridge. ' +
  "In today's fast-paced world, it's important to note that growth isn't linear — it's a journey. " +
  "Only 3 left and the sale ends tonight! Comment YES if you want the link 🔥 " +
  'Your account has been suspended, verify your details at secure-login.example.com within 24 hours. ' +
  'These corrupt idiots HATE working people. SHARE if you agree!! ';

function postOf(chars: number, offset: number): string {
  let s = '';
  while (s.length < chars + offset) s += SAMPLE;
  return s.slice(offset, offset + chars);
}

function percentile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function timeJudge(chars: number, iterations: number): { median: number; p99: number } {
  const posts = Array.from({ length: 64 }, (_, i) => postOf(chars, i * 37));
  for (let i = 0; i < 2000; i++) judge(posts[i % posts.length]!); // warm up the JIT
  const times = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    judge(posts[i % posts.length]!);
    times[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  times.sort();
  return { median: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

const row = (what: string, value: string): void => console.log(`  ${what.padEnd(44)} ${value.padStart(12)}`);

console.log('model: judge() latency, weights size and load time');
for (const [chars, iterations] of [[40, 50000], [280, 30000], [2000, 5000]] as const) {
  const { median, p99 } = timeJudge(chars, iterations);
  row(`judge() ${chars}-char post, median`, `${median.toFixed(1)} µs`);
  row(`judge() ${chars}-char post, p99`, `${p99.toFixed(1)} µs`);
}
const weightsPath = join(dirname(fileURLToPath(import.meta.url)), '..', 'model', 'weights.generated.ts');
row('shipped weights (model/weights.generated.ts)', `${(statSync(weightsPath).size / 1024).toFixed(1)} KB`);
row('shipped weights, gzipped', `${(gzipSync(readFileSync(weightsPath)).length / 1024).toFixed(1)} KB`);
row('weights module import + parse (cold)', `${parseMs.toFixed(2)} ms`);
const loads: number[] = [];
for (let i = 0; i < 20; i++) {
  const t0 = process.hrtime.bigint();
  loadModel(WEIGHTS);
  loads.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
row('weight decode, first call', `${loads[0]!.toFixed(2)} ms`);
row('weight decode, median of 20', `${loads.sort((a, b) => a - b)[10]!.toFixed(2)} ms`);
