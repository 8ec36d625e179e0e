/**
 * The schema, assembled from its parts: server/api/schema.graphql (what every feature shares) and
 * each feature's schema.graphql (server/features/<name>/). codegen.ts reads the same files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config.ts';

const featuresDir = path.join(repoRoot, 'server', 'features');

export const schemaFiles: string[] = [
  path.join(repoRoot, 'server', 'api', 'schema.graphql'),
  ...fs
    .readdirSync(featuresDir)
    .sort()
    .map((name) => path.join(featuresDir, name, 'schema.graphql'))
    .filter((file) => fs.existsSync(file)),
];

export const typeDefs: string[] = schemaFiles.map((file) => fs.readFileSync(file, 'utf8'));
