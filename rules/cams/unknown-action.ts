import { defineRule } from '../../src/engine/rule-api.js';
import type { Permission } from '../../src/model/cams-policy.js';

/** The actions web agents request, per resource type, as listed under web agent error 5102. */
const HTTP_ACTIONS: ReadonlySet<string> = new Set([
  'GET',
  'POST',
  'PUT',
  'DELETE',
  'HEAD',
  'OPTIONS',
  'TRACE',
  'PROPFIND',
  'PROPPATCH',
  'MKCOL',
  'COPY',
  'MOVE',
  'LOCK',
  'UNLOCK',
  'DEBUG',
]);
const CAMS_ACTIONS: ReadonlySet<string> = new Set(['ACCESS']);
const ANY_TYPE_ACTIONS: ReadonlySet<string> = new Set([...HTTP_ACTIONS, ...CAMS_ACTIONS]);

/**
 * The resource type a permission's pattern names and the actions agents request for it. The type is read from
 * the scheme (inferred: no source shows how a cams resource is written): `cams` is type cams, a scheme with `*`
 * may be either, any other (or no readable pattern) type http, as http and https requests are.
 */
function requestedActions(permission: Permission): { readonly type: string; readonly actions: ReadonlySet<string> } {
  const result = permission.pattern?.result;
  const scheme = result?.ok ? result.pattern.scheme : undefined;
  if (scheme === 'cams') return { type: 'cams', actions: CAMS_ACTIONS };
  if (scheme?.includes('*')) return { type: 'cams or http', actions: ANY_TYPE_ACTIONS };
  return { type: 'http', actions: HTTP_ACTIONS };
}

export default defineRule({
  id: 'cams/unknown-action',
  title: 'Require permission actions to be actions Cams web agents request',
  severity: 'error',
  scope: 'cams-domain',
  predicts: [],
  docs: {
    why:
      'Cams web agents make access control requests only for resources of type http, with the actions GET, POST, ' +
      'PUT, DELETE, HEAD, OPTIONS, TRACE, PROPFIND, PROPPATCH, MKCOL, COPY, MOVE, LOCK, UNLOCK and DEBUG, and of ' +
      'type cams, with the action ACCESS (the Cams guide lists them under web agent error 5102). A permission ' +
      'action outside the list of its resource type can never match a request, so that part of the permission is ' +
      'dead policy, usually a typing mistake. It causes no log code of its own: error 5102 and access reason 8 ' +
      'come from a client sending a method outside the list, whatever the policy says. webagent-lint reads the ' +
      "resource type from the pattern's scheme: cams://… is type cams, http:// and https:// type http, and a " +
      'scheme with * may be either (inferred: no source shows how a cams resource is written). Actions are ' +
      'compared as written, in capitals.',
    fix: 'Correct the action to one of the listed actions of the resource type, in capitals, or remove it.',
    bad: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Share" actions="GET,PROPFIND,FROB">\n      <resource-pattern id="http://www.example.com:80/dav/*"/>\n      <acr-ref id="Everyone"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="Everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
    good: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Share" actions="GET,PROPFIND">\n      <resource-pattern id="http://www.example.com:80/dav/*"/>\n      <acr-ref id="Everyone"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="Everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
    sources: ['CAMS-LEC32', 'CAMS-TIP'],
    confidence: 'documented',
  },
  messages: {
    unknown:
      'Action {action} of permission {permission} is not one Cams web agents request for {type} resources: no request matches it, so this part of the permission is dead.',
    lowerCase: 'Action {action} of permission {permission} is not written as {expected}: no request matches it, so this part of the permission is dead.',
  },
  check(domain, context) {
    for (const permission of domain.policy?.permissions ?? []) {
      const { type, actions } = requestedActions(permission);
      for (const action of permission.actions) {
        if (actions.has(action.name)) continue;
        const at = { source: permission.element.source, start: action.start, end: action.end };
        const data = { action: action.name, permission: permission.label, type, expected: action.name.toUpperCase() };
        context.report({ at, messageId: actions.has(data.expected) ? 'lowerCase' : 'unknown', data });
      }
    }
  },
});
