// A minimal VS Code extension: starts `webagent-lint lsp --stdio` for the files webagent-lint reads. Not built
// or published by CI; see the README's Editors section.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

const FILES = '**/{webagent.conf,*.webagent.conf,cams-webagent.conf,access-control-policy.xml,login-config.xml,security-domain.xml}';

let client;

function activate() {
  const [command, ...args] = vscode.workspace.getConfiguration('webagent-lint').get('command');
  client = new LanguageClient(
    'webagent-lint',
    'webagent-lint',
    { command, args, options: { shell: process.platform === 'win32' } },
    { documentSelector: [{ scheme: 'file', pattern: FILES }] },
  );
  return client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
