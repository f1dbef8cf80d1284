/**
 * The rule registry: explicit and sorted by id. A meta-test fails when a rule file under rules/ is missing here.
 * Retired ids are never reused; list them here as comments when a rule is removed.
 */
import type { Rule } from '../src/engine/rule-api.js';
import camsAttributesDebugWithoutDebug from './cams/attributes-debug-without-debug.js';
import camsConfidentialOverHttp from './cams/confidential-over-http.js';
import camsDebugLogging from './cams/debug-logging.js';
import camsDefaultClusterName from './cams/default-cluster-name.js';
import camsDuplicateKey from './cams/duplicate-key.js';
import camsDuplicateLoginConfigEntry from './cams/duplicate-login-config-entry.js';
import camsIncompleteLoginConfig from './cams/incomplete-login-config.js';
import camsInvalidBoolean from './cams/invalid-boolean.js';
import camsInvalidClusterName from './cams/invalid-cluster-name.js';
import camsInvalidResourcePattern from './cams/invalid-resource-pattern.js';
import camsLoginPageRequiresAuth from './cams/login-page-requires-auth.js';
import camsNonAsciiCharacter from './cams/non-ascii-character.js';
import camsPermissionStructure from './cams/permission-structure.js';
import camsPropertiesSyntax from './cams/properties-syntax.js';
import camsUnknownAcrRef from './cams/unknown-acr-ref.js';
import camsUnknownAction from './cams/unknown-action.js';
import camsUnknownLoginConfigEntry from './cams/unknown-login-config-entry.js';
import camsUnlinkedAgent from './cams/unlinked-agent.js';
import camsUnreachablePermission from './cams/unreachable-permission.js';
import camsXmlSyntax from './cams/xml-syntax.js';
import authServerTimeoutRange from './cleartrust/auth-server-timeout-range.js';
import cookieIpCheckWithoutTrustedProxy from './cleartrust/cookie-ip-check-without-trusted-proxy.js';
import debugLogging from './cleartrust/debug-logging.js';
import duplicateKey from './cleartrust/duplicate-key.js';
import duplicateServerLists from './cleartrust/duplicate-server-lists.js';
import durationWithoutUnit from './cleartrust/duration-without-unit.js';
import idleFailoverConnections from './cleartrust/idle-failover-connections.js';
import idleTimeoutNotBelowSessionLifetime from './cleartrust/idle-timeout-not-below-session-lifetime.js';
import invalidValue from './cleartrust/invalid-value.js';
import misplacedSetting from './cleartrust/misplaced-setting.js';
import poolRefreshExceedsFirewallIdle from './cleartrust/pool-refresh-exceeds-firewall-idle.js';
import syntaxError from './cleartrust/syntax-error.js';
import unknownProperty from './cleartrust/unknown-property.js';
import unknownServerPool from './cleartrust/unknown-server-pool.js';
import unknownValue from './cleartrust/unknown-value.js';
import camsClusterNameShared from './fleet/cams-cluster-name-shared.js';
import camsHijackingProtectionOff from './fleet/cams-hijacking-protection-off.js';
import camsHijackingProtectionOnAlone from './fleet/cams-hijacking-protection-on-alone.js';
import camsHijackingSettingsDiffer from './fleet/cams-hijacking-settings-differ.js';
import cleartrustPoolDrift from './fleet/cleartrust-pool-drift.js';
import outlier from './fleet/outlier.js';
import invalidEncoding from './input/invalid-encoding.js';
import unreadableFile from './input/unreadable-file.js';
import waiverInvalid from './waiver/invalid.js';
import waiverUnused from './waiver/unused.js';

export const rules: readonly Rule[] = [
  camsAttributesDebugWithoutDebug,
  camsConfidentialOverHttp,
  camsDebugLogging,
  camsDefaultClusterName,
  camsDuplicateKey,
  camsDuplicateLoginConfigEntry,
  camsIncompleteLoginConfig,
  camsInvalidBoolean,
  camsInvalidClusterName,
  camsInvalidResourcePattern,
  camsLoginPageRequiresAuth,
  camsNonAsciiCharacter,
  camsPermissionStructure,
  camsPropertiesSyntax,
  camsUnknownAcrRef,
  camsUnknownAction,
  camsUnknownLoginConfigEntry,
  camsUnlinkedAgent,
  camsUnreachablePermission,
  camsXmlSyntax,
  authServerTimeoutRange,
  cookieIpCheckWithoutTrustedProxy,
  debugLogging,
  duplicateKey,
  duplicateServerLists,
  durationWithoutUnit,
  idleFailoverConnections,
  idleTimeoutNotBelowSessionLifetime,
  invalidValue,
  misplacedSetting,
  poolRefreshExceedsFirewallIdle,
  syntaxError,
  unknownProperty,
  unknownServerPool,
  unknownValue,
  camsClusterNameShared,
  camsHijackingProtectionOff,
  camsHijackingProtectionOnAlone,
  camsHijackingSettingsDiffer,
  cleartrustPoolDrift,
  outlier,
  invalidEncoding,
  unreadableFile,
  waiverInvalid,
  waiverUnused,
];
