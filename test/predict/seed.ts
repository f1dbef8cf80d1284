/** The seed's situation (RSA KB 000025051): STANDARD mode, three aservers, a one-hour refresh. */
export const SEED_AGENT = `<Global>
cleartrust.agent.server_pool=__default__
</Global>
<Pool id=__default__>
cleartrust.agent.auth_server_list=az1.example.com:5615,az2.example.com:5615,az3.example.com:5615
cleartrust.agent.auth_server_mode=STANDARD
cleartrust.agent.auth_server_pool_refresh=1 Hrs
cleartrust.agent.max_open_connections=0
</Pool>
`;
