/**
 * Mapping files: how the columns of someone else's spreadsheet become the bundle's sections,
 * without code. The presets (kintone, Salesforce NPSP, LinkedIn) are mapping files too.
 */
import { z } from 'zod';
import { EXTRA_TYPES, SECTIONS } from './format.ts';
import { sayImport } from './messages.ts';

const columnRef = z.string().min(1);

/** How one field is computed from a source record. */
export const valueSpec = z.union([
  columnRef,
  z
    .object({
      column: columnRef.optional(),
      /** Several columns joined (e.g. family and given name). */
      join: z.array(columnRef).min(1).optional(),
      separator: z.string().default(' '),
      /** A fixed value, or a parameter the user supplies ({ "param": "me" }). */
      value: z.string().optional(),
      param: z.string().optional(),
      /** Replaces whole values (e.g. 公開 → true); `otherwise` for the rest (default: unchanged). */
      map: z.record(z.string(), z.string()).optional(),
      otherwise: z.string().optional(),
      /** A regular expression whose first group is kept (e.g. the slug of a LinkedIn URL). */
      extract: z.string().optional(),
      /** Lower-case, spaces and symbols to hyphens: ids from names. */
      slug: z.boolean().optional(),
      prefix: z.string().optional(),
      /** Reads dates written 2024/4/1, 4/1/2024 or 1 Apr 2024 as 2024-04-01. */
      date: z.boolean().optional(),
    })
    .refine((v) => [v.column, v.join, v.value, v.param].filter((x) => x !== undefined).length === 1, {
      error: () => sayImport('mappingValueSources'),
    }),
]);
export type ValueSpec = z.infer<typeof valueSpec>;

const sectionName = z.enum(SECTIONS.map((s) => s.name) as [string, ...string[]]);

export const targetSpec = z.object({
  section: sectionName,
  /** Field (bundle name, e.g. nameKana or name_kana) → how to compute it. */
  columns: z.record(z.string(), valueSpec),
  /** Only records where this holds become rows. */
  where: z
    .object({ column: columnRef, in: z.array(z.string()).optional(), notIn: z.array(z.string()).optional() })
    .optional(),
  /** One row per part of a multi-valued cell (kintone check boxes): the column reads as each part. */
  split: z.object({ column: columnRef, separator: z.string() }).optional(),
  /** Values for a new node only: an existing node keeps its own (e.g. consent given later). */
  defaults: z.record(z.string(), z.string()).optional(),
  /** Drop repeated rows silently (organisations named in many rows, reciprocal relationships). */
  unique: z.boolean().optional(),
});
export type TargetSpec = z.infer<typeof targetSpec>;

export const fileSpec = z.object({
  /** File or sheet name; `*` matches anything (case-insensitive). */
  match: z.string().min(1),
  targets: z.array(targetSpec).min(1),
});
export type FileSpec = z.infer<typeof fileSpec>;

export const mappingSpec = z.object({
  name: z.string().optional(),
  description: z.string().optional(),
  /** Parameters the user must give (e.g. "me": the person importing LinkedIn connections). */
  params: z.array(z.string()).optional(),
  extraColumns: z.record(sectionName, z.record(z.string(), z.enum(EXTRA_TYPES))).optional(),
  files: z.array(fileSpec).min(1),
});
export type MappingSpec = z.infer<typeof mappingSpec>;
/** A mapping as written (defaults not yet filled in). */
export type MappingInput = z.input<typeof mappingSpec>;
