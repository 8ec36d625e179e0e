/**
 * Ranked search over the four kinds, in Japanese (kanji, kana) or Latin letters (English,
 * romaji), answered from the in-memory network (graph/): names match as substrings of their
 * normalised forms, and every record is found by the words of the query in any order in its names,
 * a project's description or a skill's category. Ranking is done here, where it can be read and
 * tested; only a page's long texts (bios, descriptions), when selected, are read from Neo4j.
 */
import { Names } from '../../graph/names.ts';
import { personVisibleTo } from '../../graph/read-scope.ts';
import { currentNetwork } from '../../graph/store.ts';
import type { Viewer } from '../../shared/viewer.ts';
import { z } from 'zod';
import type { Db } from '../../db/driver.ts';
import { KINDS, keyOf, type Kind, type NodeModel, type Page } from '../../shared/model.ts';
import { normalise, queryTerms, queryVariants } from '../../shared/text.ts';
import { decodeCursor, encodeCursor, pageSize, parse } from '../../shared/validation.ts';
import { scoreNames, scoreWords, textIndex, type Entry } from './text-index.ts';

export interface SearchHit {
  node: NodeModel;
  score: number;
}

const textSchema = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

/** Scores how well a node's names match the query variants: exact > prefix > partial. */
export function nameScore(names: string[], variants: string[]): number {
  return scoreNames(names.map(normalise).filter(Boolean), variants);
}

interface Candidate {
  kind: Kind;
  id: string;
  order: string;
  score: number;
}

export async function search(
  db: Db,
  args: { text: unknown; kinds?: Kind[] | null; first?: number | null; after?: string | null },
  viewer: Viewer | null,
  longTexts = false,
): Promise<Page<SearchHit>> {
  const text = parse(textSchema, args.text, 'text');
  const first = pageSize(args.first, 'first', 50, 10);
  const offset = decodeCursor(args.after);
  const kinds = new Set<Kind>(args.kinds && args.kinds.length > 0 ? args.kinds : KINDS);
  const variants = queryVariants(text);
  const terms = queryTerms(text);

  const { network: net } = await currentNetwork(db);
  const index = await textIndex(net);
  const hits: Candidate[] = [];
  // Every name is in `words` too: a record whose words hold none of these cannot score.
  const needles = [...new Set([...variants, ...terms])];
  const consider = (kind: Kind, id: string, entry: Entry) => {
    if (!needles.some((needle) => entry.words.includes(needle))) return;
    const score = scoreNames(entry.names, variants) || scoreWords(entry.words, terms);
    if (score > 0) hits.push({ kind, id, order: entry.order, score: Math.round(score * 100) / 100 });
  };
  if (kinds.has('Person')) {
    index.people.forEach((entry, p) => {
      const id = net.personIds[p]!;
      // Hidden people only to themselves and to editors of their organisations (read-scope.ts).
      if (net.visible[p] === 1 || (viewer !== null && personVisibleTo(net, viewer, id))) consider('Person', id, entry);
    });
  }
  if (kinds.has('Organisation'))
    index.organisations.forEach((entry, o) => consider('Organisation', net.orgIds[o]!, entry));
  if (kinds.has('Skill')) index.skills.forEach((entry, s) => consider('Skill', net.skillIds[s]!, entry));
  if (kinds.has('Project')) for (const [id, entry] of index.projects) consider('Project', id, entry);

  hits.sort((a, b) => b.score - a.score || compare(a.order, b.order) || compare(a.kind, b.kind) || compare(a.id, b.id));
  const page = hits.slice(offset, offset + first);
  const names = new Names(net);
  for (const hit of page) names.keysToo([keyOf(hit.kind, hit.id)]);
  await names.load(db, longTexts);
  const nodes = page.flatMap(({ kind, id, score }) => {
    const node = kind === 'Person' ? names.person(id, true) : names.node(keyOf(kind, id));
    return node ? [{ node, score }] : [];
  });
  return paged(nodes, hits.length, offset);
}

/** Code-unit order: the normalised readings are hiragana or lower-case Latin, so this is kana order. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function paged(nodes: SearchHit[], total: number, offset: number): Page<SearchHit> {
  const end = offset + nodes.length;
  return {
    totalCount: total,
    nodes,
    hasNextPage: end < total,
    endCursor: nodes.length ? encodeCursor(end) : null,
  };
}
