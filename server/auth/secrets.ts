/**
 * Secrets of sign-in: random tokens (256 bits, URL-safe) and their SHA-256, which is all the
 * database keeps, so a copy of it signs nobody in.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';

export const newSecret = (): string => randomBytes(32).toString('base64url');

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export const newId = (): string => randomUUID();

/** A token as it may arrive in a URL or cookie: 43 URL-safe characters; anything else is refused unread. */
export const isSecretShaped = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);

/** E-mail addresses are compared and stored lower-cased and trimmed. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

const EMAIL = /^[^\s@"<>(),;:\\[\]]+@[^\s@"<>(),;:\\[\]]+\.[^\s@"<>(),;:\\[\]]+$|^[^\s@"<>(),;:\\[\]]+@localhost$/;

export const isEmail = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 254 && EMAIL.test(value.trim());
