/**
 * The schema is assembled from parts (server/api/schema.graphql and each feature's
 * schema.graphql). A field defined in two parts would be merged silently by the schema builder, so
 * two features could each believe they own it: every type's fields, across all parts, are unique.
 */
import fs from 'node:fs';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schemaFiles } from '../../server/api/schema.ts';

describe('schema parts', () => {
  it('define every field of every type exactly once', () => {
    const owners = new Map<string, string[]>();
    for (const file of schemaFiles) {
      for (const def of parse(fs.readFileSync(file, 'utf8')).definitions) {
        if (
          (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.OBJECT_TYPE_EXTENSION) &&
          def.fields !== undefined
        ) {
          for (const field of def.fields) {
            const key = `${def.name.value}.${field.name.value}`;
            owners.set(key, [...(owners.get(key) ?? []), file]);
          }
        }
      }
    }
    const twice = [...owners].filter(([, files]) => files.length > 1);
    expect(twice).toEqual([]);
    expect(owners.has('Query.introductions')).toBe(true);
    expect(schemaFiles.length).toBeGreaterThanOrEqual(9);
  });
});
