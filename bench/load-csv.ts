/**
 * The peer of bench:import: a plain `LOAD CSV … CALL { } IN TRANSACTIONS` of the same CSV bundle,
 * one statement per file (cypher/statements/bench-load-csv-*.cypher), nodes first. No validation,
 * no matching, no report, no types (every value a string): what a Neo4j user would write by hand,
 * timed on its own fresh database beside ours.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../server/db/driver.ts';

const NODES = [
  { file: 'people.csv', label: 'Person' },
  { file: 'organisations.csv', label: 'Organisation' },
  { file: 'skills.csv', label: 'Skill' },
  { file: 'projects.csv', label: 'Project' },
] as const;

const RELS = [
  { file: 'skills.csv', type: 'BROADER', from: 'Skill', to: 'Skill', fromColumn: 'id', toColumn: 'broader' },
  {
    file: 'person_skills.csv',
    type: 'HAS_SKILL',
    from: 'Person',
    to: 'Skill',
    fromColumn: 'person_id',
    toColumn: 'skill_id',
  },
  {
    file: 'memberships.csv',
    type: 'MEMBER_OF',
    from: 'Person',
    to: 'Organisation',
    fromColumn: 'person_id',
    toColumn: 'organisation_id',
  },
  {
    file: 'project_organisations.csv',
    type: 'LED',
    from: 'Organisation',
    to: 'Project',
    fromColumn: 'organisation_id',
    toColumn: 'project_id',
    role: 'lead',
  },
  {
    file: 'project_organisations.csv',
    type: 'PARTNERED_IN',
    from: 'Organisation',
    to: 'Project',
    fromColumn: 'organisation_id',
    toColumn: 'project_id',
    role: 'partner',
  },
  {
    file: 'project_members.csv',
    type: 'WORKED_ON',
    from: 'Person',
    to: 'Project',
    fromColumn: 'person_id',
    toColumn: 'project_id',
  },
  {
    file: 'ties.csv',
    type: 'KNOWS',
    from: 'Person',
    to: 'Person',
    fromColumn: 'person_id',
    toColumn: 'other_person_id',
  },
  {
    file: 'needs.csv',
    type: 'NEEDS',
    from: 'Organisation',
    to: 'Skill',
    fromColumn: 'organisation_id',
    toColumn: 'skill_id',
  },
] as const;

/** Copies the bundle's CSV files into the server's import folder (without the byte-order mark). */
export function stageBundle(bundleDir: string, importDir: string): void {
  fs.mkdirSync(importDir, { recursive: true });
  for (const name of fs.readdirSync(bundleDir).filter((f) => f.endsWith('.csv'))) {
    let bytes = fs.readFileSync(path.join(bundleDir, name));
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    fs.writeFileSync(path.join(importDir, name), bytes);
  }
}

/** Loads the staged bundle; `step` hears each statement's name and milliseconds. */
export async function loadCsv(db: Db, importDir: string, step: (name: string, ms: number) => void): Promise<void> {
  const present = (file: string) => fs.existsSync(path.join(importDir, file));
  for (const n of NODES.filter((x) => present(x.file))) {
    const t = performance.now();
    const params = { url: `file:///${n.file}`, keyPrefix: `${n.label}:` };
    await db.autoCommit('bench-load-csv-nodes', params, { label: n.label });
    step(n.label, performance.now() - t);
  }
  for (const r of RELS.filter((x) => present(x.file))) {
    const t = performance.now();
    await db.autoCommit(
      'bench-load-csv-rels',
      { url: `file:///${r.file}`, fromColumn: r.fromColumn, toColumn: r.toColumn, role: 'role' in r ? r.role : null },
      { type: r.type, from: r.from, to: r.to },
    );
    step(r.type, performance.now() - t);
  }
}
