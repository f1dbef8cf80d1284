/**
 * Small Cams files for table tests, laid out so positions are easy to state: in `policy(...)` the permissions
 * start on line 3 (one line each when written with `permission`), and `permission` puts `<permission` at
 * column 5, the actions' value at column 35 and the resource pattern's value at column 62 (desc "P", actions "GET").
 */
export function permission(pattern: string, ref: string, options: { desc?: string; actions?: string } = {}): string {
  const { desc = 'P', actions = 'GET' } = options;
  return `    <permission desc="${desc}" actions="${actions}"><resource-pattern id="${pattern}"/><acr-ref id="${ref}"/></permission>`;
}

export const EVERYONE = '    <acr id="everyone"><granted/></acr>';
export const AUTHENTICATED = '    <auth-acr id="authenticated"><role-constraint><role-name>everyone</role-name></role-constraint></auth-acr>';
export const TLS_ONLY = '    <acr id="tls"><confidential/></acr>';

export function policy(permissions: readonly string[], acrs: readonly string[] = [EVERYONE, AUTHENTICATED, TLS_ONLY]): string {
  return [
    '<access-control-policy>',
    '  <permission-collection>',
    ...permissions,
    '  </permission-collection>',
    '  <acr-lib>',
    ...acrs,
    '  </acr-lib>',
    '</access-control-policy>',
    '',
  ].join('\n');
}

/** Entries start on line 2; `entry` puts `<login-config-entry` at column 3 and its name attribute at column 23. */
export function loginConfig(entries: readonly string[]): string {
  return ['<login-config>', ...entries, '</login-config>', ''].join('\n');
}

export function entry(name: string): string {
  return `  <login-config-entry name="${name}"><login-module-entry className="org.example.Login" flag="REQUIRED"/></login-config-entry>`;
}
