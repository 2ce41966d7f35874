// A real OpenID provider (oidc-provider) for the single sign-on tests, run as a process of its own: it is
// ESM-only, which Jest's CommonJS runtime cannot load. Configuration comes as JSON in OIDC_TEST_CONFIG:
// { clients: [{ client_id, client_secret, redirect_uris }], accounts: { <login>: { <claim>: value } } }.
// It listens on 127.0.0.1 (a free port) and prints `issuer <url>` when ready. Any password is accepted;
// the login name picks the account, whose claims the provider asserts.
import Provider from 'oidc-provider';
import { createServer } from 'node:http';

const { clients, accounts } = JSON.parse(process.env.OIDC_TEST_CONFIG ?? '{}');
const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: clients.map((client) => ({
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    ...client,
  })),
  cookies: { keys: ['test-only-cookie-key-0123456789abcdef'] },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'department', 'grade'],
  },
  // Claims go into the ID token, as Entra ID and Okta put e-mail and name there.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx, id) {
    const claims = accounts[id];
    if (!claims) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
  },
  // Consent is taken as given, as an organisation's provider does for its own applications.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.session?.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId, grant.jti);
    return grant;
  },
});
server.on('request', provider.callback());
process.stdout.write(`issuer ${issuer}\n`);
