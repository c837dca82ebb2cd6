import { z } from 'zod';

const DEV_SECRET = 'zeren-development-secret-do-not-use-in-production';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  // 0 asks the system for a free port (tests, benchmarks); the bound one is logged.
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:.+|mysql:\/\/.+\/.+|mariadb:\/\/.+\/.+)$/, 'must be sqlite:<file> or mysql://user:pass@host:port/db')
    .default('sqlite:data/zeren.sqlite'),
  ZEREN_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ZEREN_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  ZEREN_DB_QUEUE_LIMIT: z.coerce.number().int().min(1).max(100000).default(500),
  ZEREN_PORTAL_DIR: z.string().optional(),
  ZEREN_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface GatewayConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  databaseUrl: string;
  jwtSecret: string;
  /** True when the built-in development secret is in use (never in production). */
  usingDevSecret: boolean;
  pool: { connectionLimit: number; queueLimit: number };
  portalDir?: string;
  trustProxy: boolean;
  logLevel: string;
}

export class ConfigError extends Error {}

/** Reads and checks the environment; a bad value is one clear line, and start-up stops. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid configuration: ${issue.path.join('.')} ${issue.message}`);
  }
  const v = parsed.data;
  if (v.NODE_ENV === 'production' && !v.ZEREN_JWT_SECRET) {
    throw new ConfigError('Invalid configuration: ZEREN_JWT_SECRET is required when NODE_ENV=production');
  }
  return {
    env: v.NODE_ENV,
    host: v.HOST,
    port: v.PORT,
    databaseUrl: v.DATABASE_URL,
    jwtSecret: v.ZEREN_JWT_SECRET ?? DEV_SECRET,
    usingDevSecret: !v.ZEREN_JWT_SECRET,
    pool: { connectionLimit: v.ZEREN_DB_POOL_SIZE, queueLimit: v.ZEREN_DB_QUEUE_LIMIT },
    portalDir: v.ZEREN_PORTAL_DIR,
    trustProxy: v.ZEREN_TRUST_PROXY === 'true',
    logLevel: v.LOG_LEVEL,
  };
}
