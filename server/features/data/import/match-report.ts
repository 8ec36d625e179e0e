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
import { importText } from './messages.ts';

export function matchIssues(outcome: MatchOutcome): Issue[] {
  const waiting = outcome.proposals.filter((p) => p.status === 'undecided');
  if (waiting.length === 0) return [];
  return [issue('undecided-match', {}, importText('undecidedMatches', waiting.length))];
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
  return [warning('unreachable', {}, importText('unreachable', n, names, more))];
}
