import { isIP } from 'node:net';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const PROXY_PRESETS = new Set(['loopback', 'linklocal', 'uniquelocal']);
const PROXY_ADDRESS = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]*)(\/\d{1,3})?$/i;

/**
 * Which proxies in front of the API may name the client in `X-Forwarded-For` (Express `trust proxy`):
 * `false` (none: the peer is the client), a number of hops, or a comma list of addresses, CIDR ranges
 * and the presets loopback, linklocal, uniquelocal.
 */
const trustProxy = z
  .string()
  .trim()
  .refine(
    (v) =>
      /^(false|\d{1,2})$/.test(v) ||
      v.split(',').every((p) => PROXY_PRESETS.has(p.trim()) || PROXY_ADDRESS.test(p.trim())),
    'must be false, a number of hops, or a comma list of addresses, CIDR ranges, loopback, linklocal, uniquelocal',
  )
  .transform((v): false | number | string[] =>
    v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v.split(',').map((p) => p.trim()),
  );

/** Every environment variable Crowdcomms reads; README's configuration table mirrors it. */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    APP_URL: z.string().url().default('http://localhost:3000'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600000).default(25000),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
    DATABASE_MIGRATION_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
    DATABASE_REPLICA_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
    MIGRATIONS_RUN: bool.default('true'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
    DATABASE_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600000).default(10000),
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3600000).default(30000),
    DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).max(3600000).default(15000),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL'),
    REDIS_PREFIX: z.string().min(1).default('crowdcomms'),
    // REDIS_URL names one node (or a managed service's configuration endpoint) of a Redis Cluster.
    REDIS_CLUSTER: bool.default('false'),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
    // Key material for secrets stored encrypted (integrations); JWT_SECRET's when unset.
    SECRET_BOX_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_ISSUER: z.string().min(1).default('crowdcomms'),
    JWT_AUDIENCE: z.string().min(1).default('crowdcomms-api'),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(900),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    ANONYMOUS_SURVEY_MIN_RESPONSES: z.coerce.number().int().min(3).max(1000).default(5),
    // Facets count every match up to this many; past it they are estimated from a sample (people-search.query.ts).
    PEOPLE_SEARCH_FACETS_EXACT_UP_TO: z.coerce.number().int().min(1).max(1_000_000).default(5000),
    INVITATION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
    PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(5).max(1440).default(60),
    AUTH_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
    AUTH_LIMIT_PER_EMAIL: z.coerce.number().int().min(1).default(5),
    AUTH_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
    AUTH_DELAY_AFTER_FAILURES: z.coerce.number().int().min(1).default(3),
    AUTH_DELAY_MAX_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    AUTH_REFRESH_LIMIT_PER_IP: z.coerce.number().int().min(1).default(600),
    // Generous: a whole office can sign in with its provider from one address (behind one NAT).
    SSO_LIMIT_PER_IP: z.coerce.number().int().min(1).default(300),
    INVITATIONS_PER_HOUR: z.coerce.number().int().min(1).default(200),
    TRUST_PROXY: trustProxy.default('false'),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// URL')
      .optional(),
    MAIL_FROM: z.string().min(3).default('Crowdcomms <no-reply@crowdcomms.local>'),
    MAIL_DIR: z.string().min(1).default('.data/mail'),
    // A person who asks to be erased can change their mind for this long; 0 erases at the next run.
    ERASURE_COOLING_OFF_HOURS: z.coerce
      .number()
      .int()
      .min(0)
      .max(24 * 90)
      .default(72),
    // How long an e-mailed "Download my data" link works (and the archive is kept for it).
    DATA_EXPORT_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(48),
    // Announcement webhooks may reach internal addresses only when allowed: `true` (any), or a comma
    // list of the addresses allowed (e.g. a test receiver on 127.0.0.1). Public addresses are always fine.
    WEBHOOK_ALLOW_PRIVATE_HOSTS: z
      .string()
      .trim()
      .refine(
        (v) => /^(true|false)$/.test(v) || v.split(',').every((a) => isIP(a.trim()) !== 0),
        'must be true, false, or a comma list of IP addresses',
      )
      .transform((v): boolean | string[] =>
        v === 'true' ? true : v === 'false' ? false : v.split(',').map((a) => a.trim()),
      )
      .default('false'),
    // The first wait before an announcement is sent again after a failure (then doubling).
    WEBHOOK_RETRY_DELAY_MS: z.coerce.number().int().min(10).max(600_000).default(5000),
    // A PEM file of certificate authorities trusted for webhook destinations besides the public ones.
    WEBHOOK_CA_FILE: z.string().optional(),
    OUTBOX_POLL_MS: z.coerce.number().int().min(20).max(60000).default(500),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(10),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(100).default(20000),
    SEED_DEMO: bool.default('false'),
    // The queue dashboard is an operator screen: off unless an operator token is configured.
    OPERATOR_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
    QUEUE_DASHBOARD_READ_ONLY: bool.default('true'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && /change-me|development/i.test(env.JWT_SECRET)) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'must be a real secret in production' });
    }
    // On a cluster the prefix becomes the queues' hash tag, {REDIS_PREFIX}: braces inside it would cut it short.
    if (env.REDIS_CLUSTER && /[{}]/.test(env.REDIS_PREFIX)) {
      ctx.addIssue({ code: 'custom', path: ['REDIS_PREFIX'], message: 'must not contain { or } with REDIS_CLUSTER' });
    }
    if (env.OPERATOR_TOKEN && env.OPERATOR_TOKEN === env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['OPERATOR_TOKEN'], message: 'must differ from JWT_SECRET' });
    }
  });

export type Env = z.infer<typeof envSchema>;

/** An empty variable (e.g. `SMTP_URL=` in a compose file) means "not set". */
function withoutEmpty(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== ''));
}

/** Validates the environment; a bad value stops the process with one clear message. */
export function validateEnv(raw: Record<string, unknown>): Env {
  const parsed = envSchema.safeParse(withoutEmpty(raw));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration — ${problems}`);
  }
  return parsed.data;
}
