// `npm run example-logs`: writes the example ctagent.log files that the simulator makes for the example agents
// (test/predict/example-logs.test.ts fails when a file differs from what this writes).
//
//   examples/logs/firewall-drops-ctagent.log            a day of examples/firewall-drops behind a firewall that
//                                                       drops idle connections after an hour, with 3 aservers
//   examples/logs/firewall-drops-irregular-ctagent.log  the same agent when the firewall waits two hours, and the
//                                                       network breaks and an aserver is overloaded now and then
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { simulation } from './simulation.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const MST = { name: 'MST', hours: -7 };
// 11:48:50 PM MST the day before: the refreshes fall at 48:50 past every hour of Feb 24, 2007.
const START = Date.UTC(2007, 1, 24, 6, 48, 50);
const FIREWALL_DROPS = { mode: 'STANDARD', locationClasses: [2, 1], duplicates: 0, limit: 0, refreshSeconds: 3600 };

const EXAMPLES = [
  {
    path: 'examples/logs/firewall-drops-ctagent.log',
    input: { pool: FIREWALL_DROPS, firewallIdleTimeoutSeconds: 3600, start: START, durationSeconds: 24.5 * 3600, seed: 25051, requestGapSeconds: 600 },
  },
  {
    path: 'examples/logs/firewall-drops-irregular-ctagent.log',
    input: {
      pool: FIREWALL_DROPS,
      firewallIdleTimeoutSeconds: 7200,
      start: START,
      durationSeconds: 24.5 * 3600,
      seed: 25052,
      requestGapSeconds: 600,
      disruptions: { network: 7, load: 5 },
    },
  },
];

/** Each example log's path (relative to the checkout) and text. */
export function exampleLogs() {
  return EXAMPLES.map(({ path, input }) => ({
    path,
    text: [...simulation.simulate(input)].map((line) => `${simulation.ctagentLine(line, MST, 12)}\n`).join(''),
  }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { path, text } of exampleLogs()) {
    writeFileSync(`${root}${path}`, text);
    console.log(`wrote ${path}`);
  }
}
