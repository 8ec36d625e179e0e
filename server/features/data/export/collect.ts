/**
 * Reads the graph for export, as the bundle's sections: every stored property is carried, and a
 * property no kind's spec knows (the demo's `dataset` tag, anything added later) is declared in
 * the manifest with its stored type, so importing the export reproduces it exactly.
 */
import type { Plain } from '../../../db/convert.ts';
import type { Db, Tx } from '../../../db/driver.ts';
import { notFound } from '../../../errors.ts';
import {
  SECTIONS,
  sectionFields,
  type ExtraType,
  type Manifest,
  type SectionName,
  BUNDLE_FORMAT,
} from '../import/format.ts';
import { parseId } from '../../../shared/kinds.ts';
import { REL_SPECS } from '../../../shared/relationships.ts';

type Row = Record<string, Plain>;

export interface ExportOptions {
  /** One organisation's part of the network instead of everything. */
  organisationId?: string | null;
  /**
   * `full` (the CLI: the data owner's backup) carries everything; `public` (the API) applies the
   * visibility rules of decision 0003: no hidden people, no private ties, no email addresses.
   */
  visibility: 'full' | 'public';
}

export interface ExportData {
  manifest: Manifest & { exportedAt: string; scope: string };
  sections: Record<SectionName, Row[]>;
}

const DERIVED = new Set(['key', 'searchText']);
const TYPES: Record<string, ExtraType> = {
  'STRING NOT NULL': 'string',
  'INTEGER NOT NULL': 'integer',
  'FLOAT NOT NULL': 'float',
  'BOOLEAN NOT NULL': 'boolean',
  'DATE NOT NULL': 'date',
};

const RELS = [
  ['skillHoldings', REL_SPECS.skillHolding],
  ['memberships', REL_SPECS.membership],
  ['projectOrganisations', REL_SPECS.lead],
  ['projectOrganisations', REL_SPECS.partner],
  ['participations', REL_SPECS.participation],
  ['ties', REL_SPECS.tie],
  ['needs', REL_SPECS.need],
] as const;

function typed(rows: Row[], extras: Record<string, ExtraType>, known: Set<string>): Row[] {
  return rows.map((row) => {
    const { props, types } = row as { props: Row; types: [string, string][] };
    for (const [key, type] of types) {
      if (known.has(key) || DERIVED.has(key) || !TYPES[type]) continue;
      extras[key] ??= TYPES[type];
    }
    return Object.fromEntries(Object.entries(props).filter(([k]) => !DERIVED.has(k)));
  });
}

async function scopeKeys(tx: Tx, organisationId: string): Promise<Set<string>> {
  const [row] = await tx.run('export-organisation-scope', { id: organisationId });
  if (!row) throw notFound('organisationId', 'organisation', organisationId);
  return new Set(row.keys as string[]);
}

export async function collectExport(db: Db, options: ExportOptions): Promise<ExportData> {
  const orgId = options.organisationId ? parseId(options.organisationId, 'organisationId') : null;
  return db.read(async (tx) => {
    const scope = orgId ? await scopeKeys(tx, orgId) : null;
    const keep = (kind: string, id: Plain) => !scope || scope.has(`${kind}:${String(id)}`);
    const sections = Object.fromEntries(SECTIONS.map((s) => [s.name, [] as Row[]])) as Record<SectionName, Row[]>;
    const extraColumns: NonNullable<Manifest['extraColumns']> = {};
    for (const section of SECTIONS) {
      if (section.type !== 'node') continue;
      const extras: Record<string, ExtraType> = {};
      const rows = await tx.run('export-nodes', {}, { label: section.kind });
      const inScope = rows.filter((r) => keep(section.kind, (r.props as Row).id!));
      sections[section.name] = typed(inScope, extras, new Set(sectionFields(section)));
      if (Object.keys(extras).length > 0) extraColumns[section.name] = extras;
    }
    const broader = new Map((await tx.run('import-broader-links')).map((r) => [String(r.from), String(r.to)]));
    for (const skill of sections.skills) {
      const to = broader.get(String(skill.id));
      if (to && keep('Skill', to)) skill.broader = to;
    }
    for (const [name, spec] of RELS) {
      const extras: Record<string, ExtraType> = { ...extraColumns[name] };
      const rows = await tx.run('export-rels', {}, { type: spec.type, from: spec.from, to: spec.to });
      const known = new Set(spec.fields);
      for (const row of rows) {
        if (!keep(spec.from, row.from!) || !keep(spec.to, row.to!)) continue;
        const [props] = typed([row], extras, known);
        const ends = { [spec.fromField]: row.from!, [spec.toField]: row.to! };
        const role: Row = name === 'projectOrganisations' ? { role: spec.type === 'LED' ? 'lead' : 'partner' } : {};
        sections[name].push({ ...ends, ...role, ...props });
      }
      if (Object.keys(extras).length > 0) extraColumns[name] = extras;
    }
    const data: ExportData = {
      manifest: {
        format: BUNDLE_FORMAT,
        version: 1,
        exportedAt: new Date().toISOString(),
        scope: orgId ? `organisation:${orgId}` : 'all',
        extraColumns,
      },
      sections,
    };
    return options.visibility === 'public' ? publicOnly(data) : data;
  });
}

/** Decision 0003 for exports through the API: hidden people, private ties and emails stay home. */
function publicOnly(data: ExportData): ExportData {
  const hidden = new Set(data.sections.people.filter((p) => p.discoverable === false).map((p) => String(p.id)));
  const sections = { ...data.sections };
  sections.people = data.sections.people
    .filter((p) => !hidden.has(String(p.id)))
    .map(({ email: _email, ...p }) => (void _email, p));
  for (const [name] of RELS) {
    sections[name] = data.sections[name].filter(
      (r) => !hidden.has(String(r.personId)) && !hidden.has(String(r.otherPersonId)) && r.visibility !== 'private',
    );
  }
  return { ...data, sections };
}
