// Deterministic generators for the benchmark: fleets of ClearTrust agents shaped like shared/corpus (about
// 190 lines, Global + Pool + 1–3 VirtualHosts, a few mistakes sprinkled in) and a large ctagent.log, written
// by the simulator of src/model/simulation.ts.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { simulation } from './simulation.mjs';

/** The simulator's seeded generator (mulberry32), so that every run generates the same bytes. */
export const { random } = simulation;

const pick = (next, list) => list[Math.floor(next() * list.length)];

const CACHES = ['protected_resource', 'unprotected_resource', 'authz_allow', 'authz_deny', 'token', 'user_properties'];
const FLAGS = [
  'sso',
  'secure',
  'set_cookie_secure',
  'auto_challenge',
  'form_based_enabled',
  'externalize_forms',
  'retain_url',
  'retain_url.use_full_url',
  'retain_url.use_query_string',
  'ignore_http_auth',
  'attempt_multiple_authentications',
  'reverse_certificate_dn',
  'convert_certificate_dn_delimiter',
  'multivalue_userprops_oneset',
  'one_userprops_header',
  'strict_headers_export',
  'export_session_init_time',
  'export_session_expiration_time',
  'export_last_touch_time',
  'export_cookie_user_buffer',
  'allow_subnet_masking',
  'trusted_proxy_strict_mode',
];
const PAGES = [
  'login_form_location_basic',
  'login_form_location_securid',
  'login_form_location_sid_nexttoken',
  'login_form_location_sid_newpin',
  'login_form_location_sid_passcode',
  'login_form_location_nt',
  'login_form_location_iwa',
  'login_form_location_custom',
  'login_error_user_location_basic',
  'login_error_pw_location_basic',
  'login_error_user_location_nt',
  'login_error_pw_location_nt',
  'login_error_user_location_custom',
  'login_error_pw_location_custom',
  'login_home_location',
  'logout_form_location',
  'login_server_error',
  'login_cert_invalid_user',
  'login_auth_url_access_denied',
  'login_auth_inactive_account',
  'login_auth_expired_account',
  'login_auth_user_locked_out',
];

function clearTrustAgent(next, index, domains) {
  const domain = domains[index % domains.length];
  const sso = `https://sso.${domain}`;
  const lines = ['<Global>'];
  const set = (key, value) => lines.push(`\tcleartrust.agent.${key}=${value}`);
  set('log_level', next() < 0.05 ? 'DEBUG' : 'Critical');
  set('log_file', `/opt/ctagent/logs/agent-${index}.log`);
  set('log_file_rotation_maxsize', '10 Mbs');
  set('log_file_rotation_interval', '0 Hrs');
  set('log_format', '"%t - [%p/%i] - <%d> - [%n] - "');
  set('log_pool_option', 'None');
  for (const cache of CACHES) {
    set(`${cache}_cache_ttl`, pick(next, ['5 Mins', '1 Hrs']));
    set(`${cache}_cache_size`, '10000');
  }
  set('enabled', 'True');
  set('web_server_name', `web${index}`);
  set('session_lifetime', '8 Hrs');
  set('idle_timeout', pick(next, ['20 Mins', '30 Mins', '30 Mins', '30 Mins']));
  set('fudge_factor', '5 Mins');
  set('cookie_domain', `.${domain}`);
  set('cookie_name', 'CTSESSION');
  set('cookie_touch_window', '30 Secs');
  set('cookie_expiration', '0 Mins');
  set('cookie_ip_check', 'False');
  set('trusted_proxy_header_name', '');
  set('trusted_proxy_list', '');
  set('shared_secret', `s3cr3t-${Math.floor(next() * 1e9)}`);
  for (const flag of FLAGS) set(flag, next() < 0.5 ? 'True' : 'False');
  set('user_header_list', 'REMOTE_USER,CT_REMOTE_USER');
  set('userprops_level', 'AuthN');
  set('realm', 'SCRealm');
  set('auth_resource_list', '/*=BASIC');
  set('default_auth_mode', 'BASIC');
  set('default_language', 'en');
  set('url_exclusion_list', '/images/*');
  set('extension_exclusion_list', 'gif,jpg');
  set('trusted_domains_list', `${domain}, www.${domain}`);
  lines.push('');
  lines.push('\t# url properties');
  for (const page of PAGES) set(page, `${sso}/jsp/${page}.jsp`);
  if (next() < 0.1) set('login_form_location_securid', `${sso}/jsp/preLogin.jsp?error=yes`);
  if (next() < 0.02) set('idle_timout', '30 Mins');
  set('server_pool', '__default__');
  set('console_port', '5628');
  lines.push('</Global>', '', '<Pool id=__default__>');
  lines.push('# dispatcher group of this agent');
  set('dispatcher_list', `disp${index % 20}.${domain}:5608`);
  set('dispatcher_timeout', '15 Secs');
  set('auth_server_pool_refresh', next() < 0.05 ? '1 Hrs' : '50 Mins');
  set('auth_server_timeout', '15 Secs');
  set('auth_server_mode', 'DISTRIBUTED');
  set('location_class_priority', '');
  for (const key of [
    'ssl.keystore',
    'ssl.ca_keystore',
    'ssl.keystore_passphrase',
    'ssl.private_key_passphrase',
    'ssl.private_key_alias',
    'ssl.ca_keystore_passphrase',
    'keyserver_list',
    'key_client_name',
    'key_client_secret',
  ])
    set(key, '');
  set('ssl.use', 'Clear');
  set('retry_count', '5');
  set('socket_tcp_nodelay', 'True');
  set('max_open_connections', '0');
  lines.push('</Pool>');
  const hosts = 1 + Math.floor(next() * 3);
  for (let h = 0; h < hosts; h++) {
    lines.push('', `<VirtualHost name=app${h}.${domain} address=* port=*>`);
    set('web_server_name', `app${h}-${index}`);
    set('enabled', 'True');
    set('idle_timeout', '30 Mins');
    set('realm', `APP${h}`);
    for (const page of PAGES) set(page, `${sso}/login.do?host=https://app${h}.${domain}&page=${page}`);
    lines.push('</VirtualHost>');
  }
  return `${lines.join('\n')}\n`;
}

/** Writes `count` agents as dir/gNNN/aNNNNNN/webagent.conf (1000 agents per group directory). */
export function generateClearTrustFleet(dir, count, seed) {
  const next = random(seed);
  const domains = Array.from({ length: 50 }, (_, i) => `corp${i}.example.org`);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const agentDir = path.join(dir, `g${String(Math.floor(i / 1000)).padStart(3, '0')}`, `a${String(i).padStart(6, '0')}`);
    mkdirSync(agentDir, { recursive: true });
    const text = clearTrustAgent(next, i, domains);
    writeFileSync(path.join(agentDir, 'webagent.conf'), text);
    bytes += Buffer.byteLength(text);
  }
  return { count, bytes };
}

/**
 * A ctagent.log of about `bytes`, as the simulator writes it for an agent at log_level=Debug: a Debug line per
 * request, CT_SOCKET_ERROR from the three idle aservers of a STANDARD pool at every hourly refresh (RSA KB
 * 000025051), and some network breaks and aserver overloads.
 */
export function generateCtagentLog(file, bytes, seed) {
  // About 100 bytes a line and a request every 0.2 seconds on average: a little longer than the bytes need
  // (the loop stops at the size).
  const durationSeconds = Math.ceil((bytes / 100) * 0.25);
  const fd = openSync(file, 'w');
  let written = 0;
  let chunk = '';
  const lines = simulation.simulate({
    pool: { mode: 'STANDARD', locationClasses: [2, 2], duplicates: 0, limit: 0, refreshSeconds: 3600 },
    firewallIdleTimeoutSeconds: 3600,
    start: Date.UTC(2026, 10, 1, 0, 0, 0),
    durationSeconds,
    seed,
    requestGapSeconds: 0.4,
    // A network break about once a day, an overloaded aserver about every ten minutes.
    disruptions: { network: Math.ceil(durationSeconds / 86400), load: Math.ceil(durationSeconds / 600) },
    requestLines: true,
  });
  for (const line of lines) {
    chunk += `${simulation.ctagentLine(line, { name: 'GMT', hours: 0 }, 100 + (Math.floor(line.time / 1000) % 50))}\n`;
    if (chunk.length > 1 << 20) {
      written += writeSync(fd, chunk);
      chunk = '';
      if (written >= bytes) break;
    }
  }
  written += writeSync(fd, chunk);
  closeSync(fd);
  writeFileSync(`${file}.done`, '');
  return { bytes: written };
}

/**
 * A Cams security domain directory (access-control-policy.xml + login-config.xml) whose policy holds
 * `permissions` permissions over distinct resource patterns, a few shared ACRs, and one login page permission.
 */
export function generateCamsDomain(dir, permissions, seed) {
  const next = random(seed);
  mkdirSync(dir, { recursive: true });
  const methods = ['GET', 'GET,POST', 'GET,POST,HEAD', ''];
  const acrs = ['Everyone', 'Signed in', 'Signed in over TLS', 'Staff'];
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>', '<access-control-policy>', '  <permission-collection>'];
  parts.push(
    '    <permission desc="Login page" actions="GET,POST">',
    '      <resource-pattern id="*://*:*/cams/login*"/>',
    '      <acr-ref id="Everyone"/>',
    '    </permission>',
  );
  for (let i = 0; i < permissions; i++) {
    const scheme = next() < 0.5 ? 'https' : 'http';
    const port = scheme === 'https' ? 443 : 80;
    const acr = scheme === 'http' && next() < 0.9 ? pick(next, ['Everyone', 'Signed in', 'Staff']) : pick(next, acrs);
    parts.push(
      `    <permission desc="Area ${i} &amp; friends" actions="${pick(next, methods)}">`,
      `      <resource-pattern id="${scheme}://app${i % 97}.example.org:${port}/module${i % 50}/res${i}/*"/>`,
      `      <acr-ref id="${acr}"/>`,
      '    </permission>',
    );
  }
  parts.push('  </permission-collection>', '  <acr-lib>', '    <acr id="Everyone"><granted/></acr>');
  parts.push('    <auth-acr id="Signed in"><role-constraint><role-name>everyone</role-name></role-constraint></auth-acr>');
  parts.push('    <auth-acr id="Staff"><role-constraint><role-name>staff</role-name></role-constraint></auth-acr>');
  parts.push('    <acr id="Signed in over TLS"><and><acr-ref id="Signed in"/><confidential/></and></acr>', '  </acr-lib>', '</access-control-policy>', '');
  const policy = parts.join('\n');
  writeFileSync(path.join(dir, 'access-control-policy.xml'), policy);
  writeFileSync(path.join(dir, 'login-config.xml'), LOGIN_CONFIG);
  return { permissions, bytes: Buffer.byteLength(policy) };
}

const LOGIN_CONFIG = `<?xml version="1.0" encoding="UTF-8"?>
<login-config>
  <login-config-entry name="http">
    <login-module className="com.cafesoft.security.provider.login.LdapLoginModule" flag="required">
      <options>
        <option name="ldapHost" value="ldap.example.org"/>
      </options>
    </login-module>
  </login-config-entry>
</login-config>
`;
