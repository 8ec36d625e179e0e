/**
 * What a user may write for each node kind and relationship, as zod schemas over the fields the
 * API takes (lower-case enum values, ISO dates, null to clear). Written once for the server
 * (kinds.ts, relationships.ts: create, update, import) and the browser's edit forms
 * (client/src/edit/client-checks.ts, decision 0027). Pure, like field-rules.ts: no Node
 * built-ins and nothing of the database, because the client bundle imports it.
 */
import { z } from 'zod';
import * as v from './field-rules.ts';
import { say } from './messages.ts';
import type { Kind } from './model.ts';

type Fields = Record<string, string | number | boolean | null>;

export const NODE_INPUTS: { [K in Kind]: z.ZodType<Fields> } = {
  Person: z
    .object({
      name: v.name,
      nameKana: v.kana,
      nameLatin: v.optionalText(200),
      bio: v.optionalText(2000),
      bioEn: v.optionalText(2000),
      email: v.email,
      discoverable: z
        .boolean({ error: () => say('trueOrFalse') })
        .nullish()
        .transform((b) => b ?? true),
      hoursPerMonth: v.hoursPerMonth,
      takingRequests: z
        .boolean({ error: () => say('trueOrFalse') })
        .nullish()
        .transform((b) => b ?? true),
      stoRole: v.stoRole,
      stoCapacity: v.stoCapacity,
    })
    .refine((p) => p.stoCapacity === null || p.stoRole !== null, {
      error: () => say('stoCapacityNeedsRole'),
      path: ['stoCapacity'],
    }),
  Organisation: z.object({
    name: v.name,
    nameKana: v.kana,
    nameEn: v.optionalText(200),
    sector: v.sector,
    prefecture: v.prefecture,
    url: v.url,
  }),
  Skill: z
    .object({ nameJa: v.optionalText(200), nameEn: v.optionalText(200), category: v.optionalText(100) })
    .refine((s) => s.nameJa !== null || s.nameEn !== null, {
      error: () => say('skillNeedsName'),
      path: ['nameJa'],
    }),
  Project: z
    .object({
      name: v.name,
      nameEn: v.optionalText(200),
      description: v.optionalText(5000),
      descriptionEn: v.optionalText(5000),
      start: v.optionalDate,
      end: v.optionalDate,
    })
    .refine((p) => !(p.start && p.end && p.start > p.end), { error: () => say('notBefore', 'start'), path: ['end'] }),
};

/** Relationship properties (the two ends are ids, checked with `id`). Project organisations have none. */
export const REL_INPUTS = {
  membership: z
    .object({ role: v.optionalText(100), since: v.optionalDate, until: v.optionalDate })
    .refine((m) => !(m.since && m.until && m.since > m.until), {
      error: () => say('notBefore', 'since'),
      path: ['until'],
    }),
  skillHolding: z.object({ level: v.oneToFive }),
  participation: z.object({ role: v.optionalText(100) }),
  tie: z.object({
    strength: v.oneToFive,
    lastContact: v.optionalDate,
    context: v.optionalText(500),
    contextEn: v.optionalText(500),
    visibility: v.visibility.nullish().transform((x) => x ?? 'public'),
    source: v.optionalText(100),
  }),
  need: z.object({ priority: v.oneToFive }),
  projectOrganisation: z.object({}),
} satisfies Record<string, z.ZodType<Fields>>;
