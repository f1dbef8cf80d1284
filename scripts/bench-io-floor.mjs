// The I/O floor of the benchmark: read every file under a directory and split it into lines, nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

let lines = 0;
const pending = [process.argv[2]];
for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) pending.push(full);
    else if (entry.isFile() && entry.name.endsWith('.conf')) lines += readFileSync(full, 'utf8').split('\n').length;
  }
}
process.stdout.write(`${lines}\n`);
