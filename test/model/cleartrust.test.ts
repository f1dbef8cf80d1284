import { describe, expect, it } from 'vitest';
import { buildClearTrustAgent, durationOf, PREFIX } from '../../src/model/cleartrust.js';
import { parseClearTrustConf } from '../../src/parse/cleartrust-conf.js';
import { SourceFile } from '../../src/parse/source.js';

const text = `<Global>
cleartrust.agent.idle_timeout=30 Mins
cleartrust.agent.realm=A
cleartrust.agent.realm=B
</Global>
<Pool id=__default__>
cleartrust.agent.auth_server_pool_refresh=10 Mins
</Pool>
<Pool id=other>
cleartrust.agent.auth_server_pool_refresh=20 Mins
</Pool>
<VirtualHost name=www.example.com address=* port=*>
cleartrust.agent.idle_timeout=5 Mins
cleartrust.agent.server_pool=other
</VirtualHost>
<VirtualHost name=plain.example.com address=10.0.0.1 port=8443>
</VirtualHost>
`;

describe('ClearTrust agent model', () => {
  const agent = buildClearTrustAgent('web01', parseClearTrustConf(new SourceFile('web01/webagent.conf', text)));

  it('has a Global scope and one scope per VirtualHost', () => {
    expect(agent.scopes.map((s) => s.label)).toEqual(['Global', 'VirtualHost www.example.com:*:*', 'VirtualHost plain.example.com:10.0.0.1:8443']);
  });

  it('lets a VirtualHost override Global and inherit the rest', () => {
    const [global, www, plain] = agent.scopes;
    expect(durationOf(global!.settings, 'idle_timeout')?.seconds).toBe(1800);
    expect(durationOf(www!.settings, 'idle_timeout')?.seconds).toBe(300);
    expect(durationOf(plain!.settings, 'idle_timeout')?.seconds).toBe(1800);
    expect(www!.settings.get(`${PREFIX}realm`)?.value).toBe('B');
  });

  it('resolves the pool through server_pool, defaulting to __default__', () => {
    expect(agent.scopes.map((s) => s.pool?.id)).toEqual(['__default__', 'other', '__default__']);
    expect(durationOf(agent.scopes[1]!.pool!.settings, 'auth_server_pool_refresh')?.seconds).toBe(1200);
  });
});
