import pino, { type Logger } from 'pino';

/** JSON lines on stdout; never a password or a token (see `redact`). */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'zeren-gateway' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.authorization', '*.password', '*.token', '*.newPassword', '*.currentPassword', 'variables.*'],
      censor: '[redacted]',
    },
  });
}
