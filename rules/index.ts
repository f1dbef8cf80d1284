/**
 * The rule registry: explicit and sorted by id. A meta-test fails when a rule file under rules/ is missing here.
 * Retired ids are never reused; list them here as comments when a rule is removed.
 */
import type { Rule } from '../src/engine/rule-api.js';
import authServerTimeoutRange from './cleartrust/auth-server-timeout-range.js';
import cookieIpCheckWithoutTrustedProxy from './cleartrust/cookie-ip-check-without-trusted-proxy.js';
import debugLogging from './cleartrust/debug-logging.js';
import duplicateKey from './cleartrust/duplicate-key.js';
import duplicateServerLists from './cleartrust/duplicate-server-lists.js';
import durationWithoutUnit from './cleartrust/duration-without-unit.js';
import idleFailoverConnections from './cleartrust/idle-failover-connections.js';
import idleTimeoutNotBelowSessionLifetime from './cleartrust/idle-timeout-not-below-session-lifetime.js';
import invalidValue from './cleartrust/invalid-value.js';
import poolRefreshExceedsFirewallIdle from './cleartrust/pool-refresh-exceeds-firewall-idle.js';
import syntaxError from './cleartrust/syntax-error.js';
import unknownProperty from './cleartrust/unknown-property.js';
import unknownServerPool from './cleartrust/unknown-server-pool.js';
import invalidEncoding from './input/invalid-encoding.js';
import unreadableFile from './input/unreadable-file.js';
import waiverInvalid from './waiver/invalid.js';
import waiverUnused from './waiver/unused.js';

export const rules: readonly Rule[] = [
  authServerTimeoutRange,
  cookieIpCheckWithoutTrustedProxy,
  debugLogging,
  duplicateKey,
  duplicateServerLists,
  durationWithoutUnit,
  idleFailoverConnections,
  idleTimeoutNotBelowSessionLifetime,
  invalidValue,
  poolRefreshExceedsFirewallIdle,
  syntaxError,
  unknownProperty,
  unknownServerPool,
  invalidEncoding,
  unreadableFile,
  waiverInvalid,
  waiverUnused,
];
