import { describe, expect, it } from 'vitest';
import { lintText } from '../helpers/lint.js';

const lineOf = (text: string, ruleId: string) =>
  lintText(text)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => `${f.line}: ${f.sourceLine}`);

describe('the source line of a finding', () => {
  it('is the text of the line the finding points at, as written', () => {
    const text =
      '<Global>\n   cleartrust.agent.log_level=DEBUG   \ncleartrust.agent.server_pool=__default__\n</Global>\n<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d:5608\n</Pool>\n';
    expect(lineOf(text, 'cleartrust/debug-logging')).toEqual(['2:    cleartrust.agent.log_level=DEBUG   ']);
  });

  it('drops everything after a secret-bearing name (design §3.8)', () => {
    const text =
      '<Global>\ncleartrust.agent.shared_secret=CANARY-1\ncleartrust.agent.shared_secret=CANARY-2\ncleartrust.agent.my_passwd =CANARY-3\n</Global>\n';
    const lines = lintText(text).map((f) => f.sourceLine);
    expect(lines).toContain('cleartrust.agent.shared_secret');
    expect(lines).toContain('cleartrust.agent.my_passwd');
    expect(lines.join('\n')).not.toContain('CANARY');
  });

  it('masks a secret value that appears under another name', () => {
    const text = '<Global>\ncleartrust.agent.shared_secret=CANARY-4\ncleartrust.agent.cookie_name=CANARY-4\ncleartrust.agent.cookie_name=CANARY-4\n</Global>\n';
    expect(lineOf(text, 'cleartrust/duplicate-key')).toEqual(['4: cleartrust.agent.cookie_name=********']);
  });

  it('hides the rest of the line even past a U+2028 inside it', () => {
    const text = '<Global>\ncleartrust.agent.x_secret\u2028=CANARY-5\n</Global>\n';
    expect(lintText(text).map((f) => `${f.line}: ${f.sourceLine}`)).toEqual(['2: cleartrust.agent.x_secret']);
  });
});
