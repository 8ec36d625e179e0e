/**
 * What matching adds to the import report: possible matches still waiting for a decision (an
 * error: nothing is written until each is confirmed or rejected), and people who would arrive
 * with no organisation, project or tie (a warning: introductions, teams and assets never reach
 * them).
 */
import type { MatchOutcome } from '../match/resolve.ts';
import { issue, warning, type Issue } from './issues.ts';
import type { Bookkeeping } from './plan.ts';
import type { SourceTable } from './tables.ts';

export function matchIssues(outcome: MatchOutcome): Issue[] {
  const waiting = outcome.proposals.filter((p) => p.status === 'undecided');
  if (waiting.length === 0) return [];
  return [
    issue(
      'undecided-match',
      {},
      `${waiting.length} possible ${waiting.length === 1 ? 'match needs' : 'matches need'} a decision: confirm or reject each (or all at once) before importing; nothing is written until then`,
      `一致の可能性がある記録が ${waiting.length} 件あります。インポートの前に、それぞれ（またはまとめて）同じか別かを決めてください。決めるまで何も書き込まれません`,
    ),
  ];
}

const CONNECTING = new Set(['memberships', 'participations', 'ties']);
const SHOWN = 10;

/** New people rows that no valid membership, participation or tie row of the bundle reaches. */
export function unreachablePeople(tables: SourceTable[], book: Bookkeeping, created: Set<string>): Issue[] {
  const connected = new Set<string>();
  for (const table of tables) {
    const section = table.section;
    if (section.type !== 'rel' || !CONNECTING.has(section.name)) continue;
    for (const row of table.rows) {
      if (book.invalid.has(row)) continue;
      for (const field of [section.fromField, section.toField])
        if (field === 'personId' || field === 'otherPersonId') connected.add(String(row.values[field] ?? '').trim());
    }
  }
  const lonely: string[] = [];
  for (const table of tables) {
    if (table.section.type !== 'node' || table.section.kind !== 'Person') continue;
    for (const row of table.rows) {
      const id = String(row.values.id ?? '').trim();
      if (created.has(id) && !connected.has(id)) lonely.push(String(row.values.name ?? id));
    }
  }
  if (lonely.length === 0) return [];
  const names = lonely.slice(0, SHOWN);
  const more = lonely.length - names.length;
  const n = lonely.length;
  return [
    warning(
      'unreachable',
      {},
      `${n} ${n === 1 ? 'person' : 'people'} will not be reachable: no organisation, project or tie in this import (${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}); introductions, teams and connection assets only find people through these`,
      `${n} 人はつながりがないため見つけられません。このインポートに所属・プロジェクト・つながりがありません（${names.join('、')}${more > 0 ? ` ほか ${more} 人` : ''}）。紹介・チーム・つながり資産はこれらを通してしか人を見つけられません`,
    ),
  ];
}
