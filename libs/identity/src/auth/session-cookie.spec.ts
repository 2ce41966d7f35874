import { AppConfig } from '@crowdcomms/config';
import { readCookie, SessionCookie } from './session-cookie';

function cookieFor(env: { NODE_ENV: string; APP_URL: string }) {
  const config = {
    get: (key: string) => (key === 'REFRESH_TOKEN_TTL_DAYS' ? 30 : env[key as keyof typeof env]),
    get isProduction() {
      return env.NODE_ENV === 'production';
    },
  } as unknown as AppConfig;
  const set: { name: string; options: Record<string, unknown> }[] = [];
  const http = {
    req: { headers: { 'x-crowdcomms-client': 'web' } },
    res: { cookie: (name: string, _value: string, options: Record<string, unknown>) => set.push({ name, options }) },
  } as never;
  new SessionCookie(config).deliver(http, { refreshToken: 'r' } as never);
  return set[0].options;
}

describe('SessionCookie', () => {
  it('is Secure in production and whenever the app is served over https', () => {
    expect(cookieFor({ NODE_ENV: 'production', APP_URL: 'http://internal:3000' }).secure).toBe(true);
    expect(cookieFor({ NODE_ENV: 'development', APP_URL: 'https://comms.example.org' }).secure).toBe(true);
    expect(cookieFor({ NODE_ENV: 'development', APP_URL: 'http://localhost:3000' }).secure).toBe(false);
  });

  it('reads one cookie out of a Cookie header', () => {
    expect(readCookie('a=1; crowdcomms_refresh=org.secret%3D; b=2', 'crowdcomms_refresh')).toBe('org.secret=');
    expect(readCookie('a=1', 'crowdcomms_refresh')).toBeUndefined();
    expect(readCookie(undefined, 'crowdcomms_refresh')).toBeUndefined();
    expect(readCookie('crowdcomms_refresh=%E0%A4%A', 'crowdcomms_refresh')).toBeUndefined();
  });
});
