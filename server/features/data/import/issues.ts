/**
 * The import report's problems: one closed set of codes, each with a message in English and
 * Japanese. A problem names the file, the line as an editor shows it (the header is line 1) and
 * the column, so a user can find it in the spreadsheet they exported.
 */
import type { Text } from '../../../shared/messages.ts';

export const ISSUE_CODES = [
  'unreadable-file',
  'malformed-csv',
  'unknown-file',
  'missing-column',
  'unknown-column',
  'duplicate-column',
  'required',
  'invalid-value',
  'duplicate-row',
  'unknown-reference',
  'self-tie',
  'broader-cycle',
  'bad-manifest',
  'bad-mapping',
  'not-permitted',
  'undecided-match',
  'unreachable',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface Issue {
  severity: 'error' | 'warning';
  code: IssueCode;
  file: string | null;
  line: number | null;
  column: string | null;
  message: Text;
  /**
   * A follow-on problem: the row whose error this one only follows from (a tie to a person whose
   * row has a bad e-mail). Counted and shown under its cause, not as a problem of its own.
   */
  cause?: { file: string; line: number | null };
}

export interface Where {
  file?: string | null;
  line?: number | null;
  column?: string | null;
}

/** A problem; its message comes from a catalogue (./messages.ts, shared/messages.ts) or zod's locales. */
export function issue(code: IssueCode, where: Where, message: Text, severity: Issue['severity'] = 'error'): Issue {
  return {
    severity,
    code,
    file: where.file ?? null,
    line: where.line ?? null,
    column: where.column ?? null,
    message,
  };
}

export const warning = (code: IssueCode, where: Where, message: Text): Issue => issue(code, where, message, 'warning');

/** One line for a terminal: `people.csv:12 [email] must be an email address`. */
export function formatIssue(item: Issue, lang: 'en' | 'ja' = 'en'): string {
  const place = [item.file, item.line].filter((p) => p !== null).join(':');
  const column = item.column ? ` [${item.column}]` : '';
  const level = item.severity === 'warning' ? (lang === 'ja' ? '警告: ' : 'warning: ') : '';
  return `${item.cause ? '  ↳ ' : ''}${place || '-'}${column} ${level}${item.message[lang]}`;
}

/** Follow-on problems right after their cause (in the cause's order), the rest as they came. */
export function groupedByCause(issues: readonly Issue[]): Issue[] {
  const at = (i: { file: string | null; line: number | null }) => `${i.file}\u0000${i.line}`;
  const followers = new Map<string, Issue[]>();
  const causes = new Set(issues.filter((i) => !i.cause).map(at));
  for (const i of issues)
    if (i.cause && causes.has(at(i.cause))) followers.set(at(i.cause), [...(followers.get(at(i.cause)) ?? []), i]);
  const out: Issue[] = [];
  const placed = new Set<string>();
  for (const i of issues) {
    if (i.cause && causes.has(at(i.cause))) continue;
    out.push(i);
    const key = at(i);
    if (!i.cause && !placed.has(key)) {
      placed.add(key);
      out.push(...(followers.get(key) ?? []));
    }
  }
  return out;
}
