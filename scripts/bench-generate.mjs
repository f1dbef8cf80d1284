// Deterministic generators for the benchmark: fleets of ClearTrust agents shaped like shared/corpus (about
// 190 lines, Global + Pool + 1–3 VirtualHosts, a few mistakes sprinkled in) and a large ctagent.log.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: a small seeded PRNG, so every run generates the same bytes. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (next, list) => list[Math.floor(next() * list.length)];

const CACHES = ['protected_resource', 'unprotected_resource', 'authz_allow', 'authz_deny', 'token', 'user_properties'];
const FLAGS = ['sso', 'secure', 'set_cookie_secure', 'auto_challenge', 'form_based_enabled', 'externalize_forms', 'retain_url', 'retain_url.use_full_url',
  'retain_url.use_query_string', 'ignore_http_auth', 'attempt_multiple_authentications', 'reverse_certificate_dn', 'convert_certificate_dn_delimiter',
  'multivalue_userprops_oneset', 'one_userprops_header', 'strict_headers_export', 'export_session_init_time', 'export_session_expiration_time',
  'export_last_touch_time', 'export_cookie_user_buffer', 'allow_subnet_masking', 'trusted_proxy_strict_mode'];
const PAGES = ['login_form_location_basic', 'login_form_location_securid', 'login_form_location_sid_nexttoken', 'login_form_location_sid_newpin',
  'login_form_location_sid_passcode', 'login_form_location_nt', 'login_form_location_iwa', 'login_form_location_custom', 'login_error_user_location_basic',
  'login_error_pw_location_basic', 'login_error_user_location_nt', 'login_error_pw_location_nt', 'login_error_user_location_custom',
  'login_error_pw_location_custom', 'login_home_location', 'logout_form_location', 'login_server_error', 'login_cert_invalid_user',
  'login_auth_url_access_denied', 'login_auth_inactive_account', 'login_auth_expired_account', 'login_auth_user_locked_out'];

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
  for (const key of ['ssl.keystore', 'ssl.ca_keystore', 'ssl.keystore_passphrase', 'ssl.private_key_passphrase', 'ssl.private_key_alias', 'ssl.ca_keystore_passphrase', 'keyserver_list', 'key_client_name', 'key_client_secret']) set(key, '');
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

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A ctagent.log of about `bytes`: debug noise, hourly CT_SOCKET_ERROR (pool refresh), a few timeouts. */
export function generateCtagentLog(file, bytes, seed) {
  const next = random(seed);
  const fd = openSync(file, 'w');
  let written = 0;
  let time = Date.UTC(2026, 10, 1, 0, 0, 0);
  let nextRefresh = time + 3600_000;
  let chunk = '';
  while (written < bytes) {
    time += Math.floor(next() * 400);
    const d = new Date(time);
    const hours = d.getUTCHours() % 12 || 12;
    const stamp = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, '0')}, ${d.getUTCFullYear()} ${String(hours).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}:${String(d.getUTCSeconds()).padStart(2, '0')} ${d.getUTCHours() < 12 ? 'AM' : 'PM'} GMT`;
    const thread = 100 + Math.floor(next() * 50);
    let line;
    if (time >= nextRefresh) {
      nextRefresh += 3600_000;
      line = `${stamp} - [${thread}] - <Critical> - server#${1 + Math.floor(next() * 4)}, 192.0.2.${10 + Math.floor(next() * 4)}:5615 CT_SOCKET_ERROR`;
    } else if (next() < 0.0005) {
      line = `${stamp} - [${thread}] - <Critical> - server#2, 192.0.2.11:5615 CT_SERVER_TIMED_OUT_ERROR`;
    } else {
      line = `${stamp} - [${thread}] - <Debug> - [AuthN] request ${Math.floor(next() * 1e9)} for /app/resource/${Math.floor(next() * 1e5)} served from cache`;
    }
    chunk += `${line}\n`;
    if (chunk.length > 1 << 20) {
      written += writeSync(fd, chunk);
      chunk = '';
    }
  }
  written += writeSync(fd, chunk);
  closeSync(fd);
  writeFileSync(`${file}.done`, '');
  return { bytes: written };
}
