import { defineRule } from '../../src/engine/rule-api.js';
import { fileStart, HOW_TO_LINK } from '../../src/model/cams.js';

export default defineRule({
  id: 'cams/unlinked-agent',
  title: 'Require each Cams agent to be linked to its security domain',
  severity: 'info',
  scope: 'cams-agent',
  predicts: [],
  docs: {
    why:
      'The checks that compare an agent with its security domain (login-config entry, login page access) need to ' +
      'know which domain the agent asks. webagent-lint links an agent to the domain named for it in the config file ' +
      '(cams.agentDomains), else to the nearest domain (its own directory, else the one sharing the longest parent ' +
      'path with it, for example the only one). Without a link ' +
      'those checks are skipped, and this finding says so rather than passing silently.',
    fix: HOW_TO_LINK,
    bad: 'cams.loginconfig.entry=http',
    good: '=== cams-webagent.conf\ncams.loginconfig.entry=http\n=== login-config.xml\n<login-config>\n  <login-config-entry name="http"/>\n</login-config>',
    sources: ['WEBAGENT-LINT'],
    confidence: 'inferred',
  },
  messages: {
    noDomain: "No Cams security domain was found with this agent; the checks against the domain's policy and login configuration were skipped.",
    ambiguous: '{domains} security domains are equally near this agent and none is named for it in the config file; the checks against a domain were skipped.',
    unknownDomain: 'The config file ({where}) links this agent to {wanted}, which is not a security domain that was linted.',
  },
  check(agent, context) {
    const link = agent.link;
    if (link.kind === 'none') context.report({ at: fileStart(agent), messageId: 'noDomain' });
    else if (link.kind === 'ambiguous') context.report({ at: fileStart(agent), messageId: 'ambiguous', data: { domains: link.domains } });
    else if (link.kind === 'unknown domain')
      context.report({ at: fileStart(agent), messageId: 'unknownDomain', data: { wanted: link.wanted, where: link.where } });
  },
});
