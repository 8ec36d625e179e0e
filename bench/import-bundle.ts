/**
 * `node --import tsx bench/import-bundle.ts DIR [--people N --seed S]`: writes the synthetic
 * network (~10 ties per person) as a CSV bundle into DIR. Run by bench/import.ts in a child
 * process, so that the generator's memory is not counted as the import's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { toCsvFiles, type ExportData } from '../server/features/data/export/index.ts';
import { parseSeedArgs } from '../seed/seed-args.ts';
import { generateSynthetic } from '../seed/synthetic/index.ts';
import type { Dataset } from '../server/shared/dataset.ts';
import type { Plain } from '../server/db/convert.ts';

type Row = Record<string, Plain>;
const rows = (list: object[]) => list as unknown as Row[];

function asBundle(d: Dataset): ExportData {
  return {
    manifest: {
      format: 'tsunagari-bundle',
      version: 1,
      exportedAt: new Date().toISOString(),
      scope: 'all',
      extraColumns: {},
    },
    sections: {
      people: rows(d.people),
      organisations: rows(d.organisations),
      skills: rows(d.skills),
      projects: rows(d.projects),
      memberships: rows(d.memberships),
      skillHoldings: rows(d.skillHoldings),
      participations: rows(d.participations),
      ties: rows(d.ties),
      projectOrganisations: rows(d.projectOrganisations),
      needs: rows(d.needs),
    },
  };
}

const [dir, ...args] = process.argv.slice(2);
if (!dir) throw new Error('usage: import-bundle.ts DIR [--people N --seed S]');
const options = parseSeedArgs(['--synthetic', ...args], parseArgs);
if (options.kind !== 'synthetic') throw new Error('unreachable');
const data = generateSynthetic({ people: options.people, seed: options.seed });
for (const file of toCsvFiles(asBundle(data))) fs.writeFileSync(path.join(dir, file.name), file.bytes);
