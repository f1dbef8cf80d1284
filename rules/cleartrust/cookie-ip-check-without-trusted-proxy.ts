import { defineRule } from '../../src/engine/rule-api.js';
import { booleanOf, entrySpan, nonEmpty, PREFIX } from '../../src/model/cleartrust.js';

export default defineRule({
  id: 'cleartrust/cookie-ip-check-without-trusted-proxy',
  title: 'Require trusted proxy settings when the cookie IP check is on',
  severity: 'warning',
  scope: 'cleartrust-agent',
  predicts: ['CT-MSG-TOKEN-IP-MISMATCH'],
  docs: {
    why:
      'With cookie_ip_check on, the agent rejects a session token presented from another IP address than the one ' +
      'it was issued to. Behind a proxy, load balancer or NAT the addresses differ, users are sent back to the ' +
      'logon page in a loop, and the agent logs "Token IP and client IP address do not match" at Security level, ' +
      'which the default Critical log level hides.',
    fix: 'Turn cookie_ip_check on only when no proxy sits between browsers and the agent; otherwise set cleartrust.agent.trusted_proxy_list and cleartrust.agent.trusted_proxy_header_name.',
    bad: '<Global>\ncleartrust.agent.cookie_ip_check=True\ncleartrust.agent.trusted_proxy_list=\n</Global>',
    good: '<Global>\ncleartrust.agent.cookie_ip_check=True\ncleartrust.agent.trusted_proxy_list=10.0.0.5\ncleartrust.agent.trusted_proxy_header_name=X-Forwarded-For\n</Global>',
    sources: ['KB14470'],
    confidence: 'documented',
  },
  messages: {
    noTrustedProxy:
      'cookie_ip_check is on in {scope} with no trusted proxy configured: users behind a proxy or NAT are sent back to the logon page{visibility}.',
  },
  check(agent, context) {
    for (const scope of agent.scopes) {
      const check = booleanOf(scope.settings, 'cookie_ip_check');
      if (!check?.value) continue;
      if (nonEmpty(scope.settings, 'trusted_proxy_list') || nonEmpty(scope.settings, 'trusted_proxy_header_name')) continue;
      const level = scope.settings.get(`${PREFIX}log_level`)?.value.trim() || 'Critical';
      context.report({
        at: entrySpan(check.entry),
        messageId: 'noTrustedProxy',
        data: {
          scope: scope.label,
          visibility: level.toLowerCase() === 'critical' ? ', and at log_level Critical the log does not say why' : '',
        },
      });
    }
  },
});
