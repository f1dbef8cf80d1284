import { defineRule } from '../../src/engine/rule-api.js';

/** The actions web agents request for resources of type http, listed under error 5102 in the seed. */
const HTTP_ACTIONS = new Set(['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'PROPFIND', 'PROPPATCH', 'MKCOL', 'COPY', 'MOVE', 'LOCK', 'UNLOCK', 'DEBUG']);

export default defineRule({
  id: 'cams/unknown-action',
  title: 'Require permission actions to be HTTP methods Cams web agents request',
  severity: 'error',
  scope: 'cams-domain',
  predicts: ['CAMS-5102', 'CAMS-ACCESS-REASON-8'],
  docs: {
    why:
      'For resources of type http, Cams web agents only request the actions GET, POST, PUT, DELETE, HEAD, OPTIONS, ' +
      'TRACE, PROPFIND, PROPPATCH, MKCOL, COPY, MOVE, LOCK, UNLOCK and DEBUG (web agent error 5102 names that list; ' +
      'access reason 8 is an unknown action on a resource). A permission listing another action never applies to ' +
      'what agents ask and suggests a typing mistake. Methods are compared as written, in capitals.',
    fix: 'Correct the action to one of the listed HTTP methods, in capitals, or remove it.',
    bad: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Share" actions="GET,PROPFIND,FROB">\n      <resource-pattern id="http://www.example.com:80/dav/*"/>\n      <acr-ref id="Everyone"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="Everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
    good: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Share" actions="GET,PROPFIND">\n      <resource-pattern id="http://www.example.com:80/dav/*"/>\n      <acr-ref id="Everyone"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="Everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
    sources: ['SEED-CAMS', 'CAMS-TIP'],
    confidence: 'documented',
  },
  messages: {
    unknown: 'Action {action} of permission {permission} is not an HTTP method Cams web agents request.',
    lowerCase: 'Action {action} of permission {permission} is not written as the method {method}.',
  },
  check(domain, context) {
    for (const permission of domain.policy?.permissions ?? []) {
      for (const action of permission.actions) {
        if (HTTP_ACTIONS.has(action.name)) continue;
        const at = { source: permission.element.source, start: action.start, end: action.end };
        const data = { action: action.name, permission: permission.label, method: action.name.toUpperCase() };
        context.report({ at, messageId: HTTP_ACTIONS.has(data.method) ? 'lowerCase' : 'unknown', data });
      }
    }
  },
});
