// npm run --silent classify < posts.jsonl > judged.jsonl   (contract in ../shared/DESIGN.md)
// Streams line by line so large files start producing output at once; exits 1 if any line was bad.
import { createInterface } from 'node:readline';
import { classifyLine } from '../training/classify-lines';

const USAGE = `Judge posts with Realign's local model, on this machine.

  npm run --silent classify < posts.jsonl > judged.jsonl

Each input line: {"id": "...", "text": "..."}
Each output line: {"id", "scores", "labels", "strength", "reasons"}
  scores    per label, 1 − the share of ordinary posts that score as high (0.997: rarer than
            all but 3 in 1,000 ordinary posts); full precision, so posts can be ranked
  labels    the labels Realign would show at its default sensitivity
  strength  per label: "some" or "strong" signs
  reasons   "label: reason", quoting the post's own words
A bad line is reported on stderr with its line number and skipped; the exit code is then 1.
`;

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (process.stdin.isTTY) {
  process.stderr.write('classify: waiting for posts as JSON Lines on standard input, one {"id", "text"} per line (Ctrl-D to end; --help for more).\n');
}

let lineNumber = 0, bad = 0;
const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => {
  lineNumber++;
  if (line.trim() === '') return;
  const r = classifyLine(line, lineNumber);
  if (r.out !== undefined) process.stdout.write(`${r.out}\n`);
  if (r.error !== undefined) { bad++; process.stderr.write(`classify: ${r.error}\n`); }
});
rl.on('close', () => { if (bad > 0) process.exitCode = 1; });
