import { pino } from 'pino';

/**
 * The one logger. Personal data never goes in: log ids, counts and durations, never names,
 * emails, bios or query text.
 */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], remove: true },
});
