/**
 * Cell text to typed values. CSV cells are all text, but a kind's fields are numbers, booleans and
 * dates: each field's own zod schema decides which reading of a cell is right ("3" as 3 for a
 * level, "3" as text for a name), so a field added to a kind needs no change here.
 */
import type { z } from 'zod';
import type { Text } from '../../../shared/messages.ts';
import { isoDate, safeParseBoth } from '../../../shared/validation.ts';
import type { ExtraType } from './format.ts';
import { importText } from './messages.ts';

export type Coerced = { ok: true; value: unknown } | { ok: false; message: Text; required: boolean };

const TRUE = new Set(['true', 'yes', 'y', '1', 'はい', '○', 'true']);
const FALSE = new Set(['false', 'no', 'n', '0', 'いいえ', '×']);

export const isEmpty = (raw: unknown): boolean =>
  raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');

/** The readings of a cell, most specific first. */
function readings(raw: unknown): unknown[] {
  if (isEmpty(raw)) return [undefined];
  if (typeof raw !== 'string') return [raw];
  const s = raw.trim();
  const out: unknown[] = [];
  if (/^[-+]?\d+(\.\d+)?$/.test(s)) out.push(Number(s));
  const lower = s.toLowerCase();
  if (TRUE.has(lower)) out.push(true);
  else if (FALSE.has(lower)) out.push(false);
  out.push(raw);
  return out;
}

/**
 * Skill levels as spreadsheets write them, for person_skills' `level` (1–5). Import only: the API
 * and the edit form send numbers. 初級/中級/上級 is the usual three-step scale; 入門 below it
 * and エキスパート above it make five. Full- and half-width forms, any case, a trailing 者
 * (上級者), "Lv.3"/"レベル3" and stars (★★★, ★★★☆☆) are read too. docs/import-format.md lists
 * the same table: change both together.
 */
const LEVEL_WORDS: Record<string, number> = {
  入門: 1,
  初心者: 1,
  novice: 1,
  初級: 2,
  beginner: 2,
  basic: 2,
  中級: 3,
  intermediate: 3,
  上級: 4,
  advanced: 4,
  エキスパート: 5,
  専門家: 5,
  expert: 5,
};

const LEVEL_HELP = importText('levelWords', Object.keys(LEVEL_WORDS));

function levelFromWord(raw: string): number | undefined {
  const s = raw.normalize('NFKC').trim().toLowerCase();
  const stars = /^(★{1,5})☆*$/.exec(s);
  if (stars && s.length <= 5) return stars[1]!.length;
  const numbered = /^(?:lv|level|レベル)\.?\s*([1-5])$/.exec(s);
  if (numbered) return Number(numbered[1]);
  if (/^[1-5]$/.test(s)) return Number(s);
  return LEVEL_WORDS[s] ?? LEVEL_WORDS[s.replace(/者$/, '')];
}

/** Fields whose cells may also be words, by field name (the schema alone is shared with others). */
const WORDS: Record<string, { read: (raw: string) => number | undefined; help: Text }> = {
  level: { read: levelFromWord, help: LEVEL_HELP },
};

/**
 * A cell as the value its field's schema accepts. `field` names the field for the few that read
 * words too (`level`: 上級 → 4); without it only the schema decides.
 */
export function coerceField(schema: z.ZodType, raw: unknown, field?: string): Coerced {
  const words = field === undefined ? undefined : WORDS[field];
  const word = words && typeof raw === 'string' ? words.read(raw) : undefined;
  const candidates = word === undefined ? readings(raw) : [word, ...readings(raw)];
  for (const candidate of candidates) {
    const result = schema.safeParse(candidate);
    if (result.success) return { ok: true, value: result.data };
  }
  const required = isEmpty(raw);
  if (required) return { ok: false, required, message: importText('required') };
  // A word not understood lists the words that are; a number out of range keeps its own message.
  const numeric = typeof raw === 'number' || (typeof raw === 'string' && /^[-+]?\d+(\.\d+)?$/.test(raw.trim()));
  if (words && !numeric) return { ok: false, required, message: words.help };
  // The first reading's problem, worded in both languages (parsed again only now that it failed).
  const first = safeParseBoth(schema, candidates[0]);
  return { ok: false, required, message: first.success ? importText('required') : first.issues[0]!.message };
}

/** Whether an empty cell means "use the default" (discoverable → true) rather than "clear". */
export function hasDefault(schema: z.ZodType): boolean {
  const result = schema.safeParse(undefined);
  return result.success && result.data !== null;
}

/** A declared extra column's value, typed as declared; empty clears it. */
export function coerceExtra(type: ExtraType, raw: unknown): Coerced {
  if (isEmpty(raw)) return { ok: true, value: null };
  const s = String(raw).trim();
  const fail = (message: Text): Coerced => ({ ok: false, required: false, message });
  switch (type) {
    case 'string':
      return { ok: true, value: typeof raw === 'string' ? raw : s };
    case 'integer':
      return /^[-+]?\d+$/.test(s) && Number.isSafeInteger(Number(s))
        ? { ok: true, value: Number(s) }
        : fail(importText('wholeNumber'));
    case 'float':
      return Number.isFinite(Number(s)) ? { ok: true, value: Number(s) } : fail(importText('number'));
    case 'boolean':
      return TRUE.has(s.toLowerCase())
        ? { ok: true, value: true }
        : FALSE.has(s.toLowerCase())
          ? { ok: true, value: false }
          : fail(importText('trueOrFalse'));
    case 'date': {
      const result = safeParseBoth(isoDate, s);
      return result.success ? { ok: true, value: s } : fail(result.issues[0]!.message);
    }
  }
}
