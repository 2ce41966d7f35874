import { AppConfig } from '@crowdcomms/config';
import { SecretBox } from './secret-box';

const box = (env: Record<string, string | undefined>) =>
  new SecretBox({ get: (key: string) => env[key] } as unknown as AppConfig);

describe('SecretBox', () => {
  const jwtOnly = box({ JWT_SECRET: 'a-long-enough-secret-for-signing-tokens-123' });

  it('opens what it sealed, and seals the same text differently each time', () => {
    const url = 'https://example.webhook.office.com/webhookb2/abc';
    const a = jwtOnly.seal(url);
    const b = jwtOnly.seal(url);
    expect(a).not.toBe(b);
    expect(a).not.toContain('example');
    expect(jwtOnly.open(a)).toBe(url);
    expect(jwtOnly.open(b)).toBe(url);
  });

  it('refuses a value sealed with another key, or altered', () => {
    const sealed = jwtOnly.seal('signing secret');
    const other = box({ JWT_SECRET: 'a-long-enough-secret-for-signing-tokens-123', SECRET_BOX_KEY: 'x'.repeat(32) });
    expect(() => other.open(sealed)).toThrow();
    const [v, iv, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(() => jwtOnly.open([v, iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
    expect(() => jwtOnly.open('plain text')).toThrow('Not a sealed secret');
  });
});
