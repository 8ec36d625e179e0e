/**
 * Every .cypher file compiles against the real Neo4j (EXPLAIN), in every instantiation the code
 * uses, and the schema files are idempotent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher, IDENTIFIERS, listStatements, placeholders, schemaStatements } from '../../cypher/loader.ts';
import type { Db } from '../../server/db/driver.ts';
import { applySchema } from '../../server/db/schema.ts';
import { LISTINGS } from '../../server/features/catalogue/listings.ts';
import { KINDS } from '../../server/shared/model.ts';
import { REL_SPECS } from '../../server/features/catalogue/relationships.ts';
import { testDb } from '../helpers/db.ts';

let db: Db;
beforeAll(async () => {
  db = await testDb();
});
afterAll(() => db.close());

/** Statements that cannot be planned in a user-database transaction, and where they are exercised. */
const NOT_EXPLAINABLE: Record<string, string> = {
  // Runs against the system database; every test run's throwaway Neo4j executes it at start-up.
  'admin-set-initial-password': 'system database',
  // Run against the system database when the schema is applied (test/int/hand-writes.int.test.ts).
  'graph-trigger-show': 'system database',
  'graph-trigger-install': 'system database',
  'test-trigger-pause': 'system database',
  'test-trigger-resume': 'system database',
};

function instantiations(name: string): Record<string, string>[] {
  const holes = placeholders(name).sort().join(',');
  const rels = [...Object.values(REL_SPECS), { type: 'BROADER', from: 'Skill', to: 'Skill' }];
  switch (holes) {
    case '':
      return [{}];
    case 'label':
      return KINDS.map((label) => ({ label }));
    case 'from,to,type':
      return rels.map(({ type, from, to }) => ({ type, from, to }));
    case 'from,to':
      return rels.map(({ from, to }) => ({ from, to }));
    case 'type':
      // A merge moves and restores relationships of every type that touches a record.
      return [...new Set([...rels.map((r) => r.type), 'STEP', 'IS', 'HAS_ROLE', 'SUGGESTED', 'ALIAS_OF'])].map(
        (type) => ({ type }),
      );
    case 'label,other,type':
      return Object.values(LISTINGS).map((l) => ({
        label: l.direction === 'in' ? l.spec.to : l.spec.from,
        other: l.direction === 'in' ? l.spec.from : l.spec.to,
        type: 'type' in l ? l.type : l.spec.type,
      }));
    default:
      throw new Error(`no instantiations known for ${name} (${holes})`);
  }
}

/** Every $parameter, as null: EXPLAIN plans without reading values but needs them declared. */
function nullParams(text: string): Record<string, null> {
  return Object.fromEntries([...text.matchAll(/\$(\w+)/g)].map((m) => [m[1]!, null]));
}

describe('cypher/statements', () => {
  const names = listStatements().filter((n) => !(n in NOT_EXPLAINABLE));
  it('has statements', () => expect(names.length).toBeGreaterThan(30));

  it.each(names)('%s plans (EXPLAIN) in every instantiation', async (name) => {
    for (const identifiers of instantiations(name)) {
      const text = cypher(name, identifiers);
      // CALL … IN TRANSACTIONS only plans outside an explicit transaction.
      if (/IN TRANSACTIONS/.test(text)) {
        await db.autoCommitText(`EXPLAIN ${text}`, nullParams(text));
      } else {
        await db.read((tx) => tx.runText(`EXPLAIN ${text}`, nullParams(text)));
      }
    }
  });

  it('fills placeholders only from the fixed identifier list', () => {
    expect(() => cypher('node-get', { label: 'Person) DETACH DELETE (n' })).toThrow(/not a model identifier/);
    expect(() => cypher('node-get', {})).toThrow(/needs identifier/);
    expect(() => cypher('../secrets')).toThrow(/bad statement name/);
    expect(IDENTIFIERS.has('Person')).toBe(true);
    // Built once per name and identifiers: a good build does not let a bad one through later.
    expect(cypher('node-get', { label: 'Skill' })).toContain(':Skill');
    expect(cypher('node-get', { label: 'Person' })).toContain(':Person');
    expect(cypher('node-get', { label: 'Person' })).not.toContain(':Skill');
    expect(() => cypher('node-get', { label: 'Person) DETACH DELETE (n' })).toThrow(/not a model identifier/);
    expect(() => cypher('node-get', {})).toThrow(/needs identifier/);
  });
});

describe('cypher/schema', () => {
  it('is idempotent and creates every constraint and index it names', async () => {
    const count = await applySchema(db);
    expect(count).toBe(schemaStatements().length);
    const rows = await db.read((tx) => tx.runText('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names'));
    expect(rows[0]!.names).toEqual(
      expect.arrayContaining(['person_id', 'organisation_id', 'skill_id', 'project_id', 'entity_key']),
    );
    const indexes = await db.read((tx) =>
      tx.runText("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN collect(name) AS names"),
    );
    expect(indexes[0]!.names).toEqual(expect.arrayContaining(['entity_search_text', 'knows_visibility']));
    expect(indexes[0]!.names).not.toContain('entity_names');
  });
});
