/**
 * The prediction model against the simulator over random deployments (issue 17, item 3), with a fixed seed;
 * `npm run fuzz` runs the same property over many more.
 */
import { describe, expect, it } from 'vitest';
import { checkAgainstSimulation, modelProperties, simulatedCodes, type Deployment } from '../fuzz/prediction.js';

const seedCase: Deployment = {
  mode: 'STANDARD',
  modeWritten: true,
  locationClasses: [3],
  lists: 'auth_server_list',
  countGiven: false,
  activeGiven: false,
  limit: 0,
  refreshMinutes: 60,
  firewallMinutes: 60,
  refreshes: 24,
  seed: 1,
};

describe('model against simulator', () => {
  it("agrees on the seed's situation: 2 lines an hour from server#2 and server#3", () => {
    checkAgainstSimulation(seedCase);
    const [socket] = simulatedCodes(seedCase);
    expect(socket).toMatchObject({
      id: 'CT_SOCKET_ERROR',
      count: 48,
      events: 24,
      medianIntervalSeconds: 3600,
      periodic: true,
      servers: ['server#2 10.10.1.12:5615', 'server#3 10.10.1.13:5615'],
    });
  });

  for (const property of modelProperties()) {
    it(`${property.name}: ${property.runs} random deployments`, () => property.run({ numRuns: property.runs, seed: 20070224 }), 120_000);
  }
});
