// npm run --silent classify < posts.jsonl > judged.jsonl   (contract in ../shared/DESIGN.md)
// Streams line by line so large files start producing output at once; exits 1 if any line was bad.
import { createInterface } from 'node:readline';
import { classifyLine } from '../training/classify-lines';

let lineNumber = 0, bad = 0;
const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => {
  lineNumber++;
  if (line.trim() === '') return;
  const r = classifyLine(line, lineNumber);
  if (r.out !== undefined) process.stdout.write(r.out + '\n');
  if (r.error !== undefined) { bad++; process.stderr.write(`classify: ${r.error}\n`); }
});
rl.on('close', () => { if (bad > 0) process.exitCode = 1; });
