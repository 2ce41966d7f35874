import { validateEnv } from './env.schema';

const base = {
  DATABASE_URL: 'postgres://u:p@localhost:5432/db',
  REDIS_URL: 'redis://localhost:6379',
  JWT_SECRET: 'a-long-enough-secret-for-signing-tokens-123',
};

describe('validateEnv', () => {
  it('applies documented defaults', () => {
    const env = validateEnv(base);
    expect(env.PORT).toBe(3000);
    expect(env.ACCESS_TOKEN_TTL_SECONDS).toBe(900);
    expect(env.MIGRATIONS_RUN).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    const env = validateEnv({ ...base, SMTP_URL: '', PORT: '' });
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
  });

  it('stops with one message naming every bad value', () => {
    expect(() => validateEnv({ ...base, PORT: 'eighty', JWT_SECRET: 'short' })).toThrow(
      /Invalid configuration — PORT: .*; JWT_SECRET: must be at least 32 characters/,
    );
  });

  it('refuses a placeholder secret in production', () => {
    expect(() =>
      validateEnv({ ...base, NODE_ENV: 'production', JWT_SECRET: 'change-me-change-me-change-me-change-me' }),
    ).toThrow(/JWT_SECRET: must be a real secret in production/);
  });
});

describe('TRUST_PROXY', () => {
  it('trusts no proxy unless told', () => {
    expect(validateEnv(base).TRUST_PROXY).toBe(false);
  });

  it('takes a hop count or a list of addresses, ranges and presets', () => {
    expect(validateEnv({ ...base, TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(validateEnv({ ...base, TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8' }).TRUST_PROXY).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
    ]);
  });

  it('refuses anything else', () => {
    expect(() => validateEnv({ ...base, TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => validateEnv({ ...base, TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });
});
