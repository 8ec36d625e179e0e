/**
 * Ranked search over the four kinds, in Japanese (kanji, kana) or Latin letters (English,
 * romaji). Candidates come from two indexes (CONTAINS on normalised names, and full-text);
 * ranking is done here, where it can be read and tested.
 */
import { readScope } from '../../graph/read-scope.ts';
import type { Viewer } from '../../shared/viewer.ts';
import { z } from 'zod';
import type { Plain } from '../../db/convert.ts';
import type { Db } from '../../db/driver.ts';
import { KIND_SPECS, modelOf } from '../../shared/kinds.ts';
import { KINDS, type Kind, type NodeModel, type Page } from '../../shared/model.ts';
import { luceneQuery, normalise, queryVariants } from '../../shared/text.ts';
import { decodeCursor, encodeCursor, pageSize, parse } from '../../shared/validation.ts';

type Props = Record<string, Plain>;

export interface SearchHit {
  node: NodeModel;
  score: number;
}

/** How many candidates each index may offer; a page is cut from the ranked candidates. */
const CANDIDATES = 300;

const textSchema = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

/** Scores how well a node's names match the query variants: exact > prefix > partial. */
export function nameScore(names: string[], variants: string[]): number {
  let best = 0;
  for (const raw of names) {
    const name = normalise(raw);
    if (!name) continue;
    for (const q of variants) {
      if (name === q) best = Math.max(best, 100);
      else if (name.startsWith(q)) best = Math.max(best, 60 + 20 * (q.length / name.length));
      else if (name.includes(q)) best = Math.max(best, 30 + 10 * (q.length / name.length));
    }
  }
  return best;
}

function kindOf(labels: string[]): Kind {
  return KINDS.find((k) => labels.includes(k))!;
}

/** Sort key for ties: kana reading (or the name) in Japanese collation order. */
const collator = new Intl.Collator('ja');

export async function search(
  db: Db,
  args: { text: unknown; kinds?: Kind[] | null; first?: number | null; after?: string | null },
  viewer: Viewer | null,
): Promise<Page<SearchHit>> {
  const text = parse(textSchema, args.text, 'text');
  const first = pageSize(args.first, 'first', 50, 10);
  const offset = decodeCursor(args.after);
  const labels = args.kinds && args.kinds.length > 0 ? args.kinds : [...KINDS];
  const variants = queryVariants(text);
  const lucene = luceneQuery(text);

  const scope = readScope(viewer);
  // Candidates carry their names only (ranking needs no more); the page's records are read after.
  return db.read(async (tx) => {
    const contains = variants.length
      ? await tx.run('search-contains', { ...scope, variants, labels, limit: CANDIDATES })
      : [];
    const fulltext = lucene ? await tx.run('search-fulltext', { ...scope, lucene, labels, limit: CANDIDATES }) : [];
    const hits = new Map<string, { kind: Kind; props: Props; score: number }>();
    for (const row of [...contains, ...fulltext]) {
      const kind = kindOf(row.labels as string[]);
      const props = row.node as Props;
      const key = `${kind}:${String(props.id)}`;
      const names = KIND_SPECS[kind].names(props).filter((n): n is string => n !== null);
      const ft = typeof row.score === 'number' ? 10 + Math.min(row.score, 10) : 0;
      const score = Math.max(nameScore(names, variants), ft, hits.get(key)?.score ?? 0);
      hits.set(key, { kind, props, score });
    }
    const ranked = [...hits.values()]
      .map(({ kind, props, score }) => ({ kind, node: modelOf(kind, props), score: Math.round(score * 100) / 100 }))
      .sort((a, b) => b.score - a.score || collator.compare(sortName(a.node), sortName(b.node)));
    const page = ranked.slice(offset, offset + first);
    const rows = await tx.run('search-page', { keys: page.map((hit) => hit.node.key) });
    const records = new Map(rows.map((row) => [String(row.key), row.node as Props]));
    const nodes = page.flatMap(({ kind, node, score }) => {
      const record = records.get(node.key);
      return record ? [{ node: modelOf(kind, record), score }] : [];
    });
    return paged(nodes, ranked.length, offset);
  });
}

function paged(nodes: SearchHit[], total: number, offset: number): Page<SearchHit> {
  const end = offset + nodes.length;
  return {
    totalCount: total,
    nodes,
    hasNextPage: end < total,
    endCursor: nodes.length ? encodeCursor(end) : null,
  };
}

export function sortName(node: NodeModel): string {
  switch (node.kind) {
    case 'Person':
    case 'Organisation':
      return node.nameKana ?? node.name;
    case 'Skill':
      return node.nameJa ?? node.nameEn ?? node.id;
    case 'Project':
      return node.name;
  }
}
