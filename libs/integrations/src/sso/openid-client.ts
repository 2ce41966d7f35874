/**
 * `openid-client` 6 is published as ES modules only. Node 20.19+ and 22.12+ load such modules with
 * `require()`, which is how the compiled (CommonJS) API loads it. Jest's own module system on Node 20
 * cannot (it would need --experimental-vm-modules), so the library is loaded on first use instead of when
 * the API starts: API instances that tests run inside Jest never sign anyone in with a provider, and the
 * single sign-on test runs the API as a process of its own (test/sso.e2e-spec.ts) where Node loads it.
 */
export type OpenIdClient = typeof import('openid-client');

let loading: Promise<OpenIdClient> | undefined;

export function openIdClient(): Promise<OpenIdClient> {
  return (loading ??= import('openid-client'));
}
