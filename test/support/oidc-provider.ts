import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

/** A real OpenID provider in a process of its own (test/support/oidc-provider.mjs). */
export interface TestProvider {
  issuer: string;
  stop(): Promise<void>;
}

export interface TestProviderConfig {
  clients: { client_id: string; client_secret: string; redirect_uris: string[] }[];
  /** Login name → the claims the provider asserts for it. */
  accounts: Record<string, Record<string, unknown>>;
}

export async function startOidcProvider(config: TestProviderConfig): Promise<TestProvider> {
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'oidc-provider.mjs')], {
    env: { ...process.env, OIDC_TEST_CONFIG: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let output = '';
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the OpenID provider did not start:\n${output}`)), 30_000);
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString();
      const match = /^issuer (\S+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the OpenID provider exited (${code}):\n${output}`));
    });
  });
  return {
    issuer,
    stop: async () => {
      process.off('exit', killOnExit);
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * A browser as far as sign-in needs one: a cookie jar per host (paths ignored), redirects followed by hand so a
 * test can stop at any hop and change what a browser would send, and the provider's login form posted.
 */
export class TestBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  async get(url: string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const jar = this.jar(target.host);
    const headers = new Headers(init.headers);
    if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(target, { ...init, headers, redirect: 'manual' });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0$/i.test(a));
      if (expired) jar.delete(name);
      else jar.set(name, pair.slice(index + 1).trim());
    }
    return res;
  }

  cookie(host: string, name: string): string | undefined {
    return this.jar(host).get(name);
  }

  setCookie(host: string, name: string, value: string): void {
    this.jar(host).set(name, value);
  }

  /** Follows the provider's redirects from its authorization URL, signs in as `login` and stops at the callback. */
  async signInAtProvider(authorizationUrl: string, login: string, callbackPrefix: string): Promise<string> {
    let res = await this.get(authorizationUrl);
    let location = new URL(res.headers.get('location')!, authorizationUrl).href;
    res = await this.get(location);
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`no login form at ${location}: ${html.slice(0, 300)}`);
    res = await this.get(new URL(action, location).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login, password: 'any password' }).toString(),
    });
    for (let hops = 0; hops < 10; hops++) {
      location = new URL(res.headers.get('location')!, location).href;
      if (location.startsWith(callbackPrefix)) return location;
      res = await this.get(location);
    }
    throw new Error('the provider never sent the browser back');
  }

  private jar(host: string): Map<string, string> {
    let jar = this.jars.get(host);
    if (!jar) this.jars.set(host, (jar = new Map()));
    return jar;
  }
}
