/**
 * Scores how likely two records are one real thing (docs/decisions/0016-matching.md). A match is
 * *sure* from SURE up (used without asking) and *possible* from POSSIBLE up (the user confirms or
 * rejects it); below that the records are different. Every score comes with its reasons, so the
 * preview can say why, and the reasons alone decide the score: the same evidence always scores
 * the same.
 *
 * Candidates are found through exact keys (keys.ts), never by comparing every pair, except for
 * the edit-distance check on organisation and skill names, which only looks at names of nearly
 * the same length (organisations and skills number thousands, not millions).
 */
import {
  distance,
  emailKey,
  foldedNameKey,
  formsAgree,
  kanaKey,
  latinKey,
  latinNameKey,
  nameKey,
  orgKey,
  readingLatinKey,
  romajiOf,
  skillKey,
  soundKey,
  type LegalForm,
} from './keys.ts';
import { synonymGroup } from './synonyms.ts';
import { prefectureName } from '../../../shared/prefectures.ts';

export const SURE = 0.95;
export const POSSIBLE = 0.6;

/** Every reason a match may give; each has its words in both languages in reasons.ts. */
export const MATCH_REASONS = [
  'alias',
  'same-email',
  'same-name',
  'same-name-variant',
  'same-reading',
  'same-english-name',
  'romaji-reading',
  'synonym',
  'similar-name',
  'contained-name',
  'same-organisation',
  'legal-form-differs',
  'prefecture-differs',
  'reading-differs',
  'email-differs',
  'other-organisation',
  'several-candidates',
] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

export interface Scored {
  targetId: string;
  score: number;
  reasons: MatchReason[];
}

export interface OrgRecord {
  id: string;
  name: string;
  nameKana: string | null;
  nameEn: string | null;
  prefecture: string | null;
}
export interface SkillRecord {
  id: string;
  nameJa: string | null;
  nameEn: string | null;
}
export interface PersonRecord {
  id: string;
  name: string;
  nameKana: string | null;
  nameLatin: string | null;
  email: string | null;
  /** Ids of the organisations the person belongs to (matched ids, for a row of the bundle). */
  organisations: string[];
}

/** A prefecture as stored (東京都 for "Tokyo"), or the text itself when it is none. */
const prefectureOf = (text: string | null): string | null =>
  text ? (prefectureName(text.normalize('NFKC').trim()) ?? text.normalize('NFKC').trim()) : null;

const round = (n: number) => Math.round(Math.min(n, 0.99) * 100) / 100;

/** Keys → records, for finding candidates. */
class Buckets<R> {
  private readonly map = new Map<string, R[]>();
  add(key: string | null | undefined, record: R): void {
    if (!key) return;
    const list = this.map.get(key);
    if (list) {
      if (!list.includes(record)) list.push(record);
    } else this.map.set(key, [record]);
  }
  get(key: string | null | undefined): R[] {
    return key ? (this.map.get(key) ?? []) : [];
  }
}

/** The best of the scored candidates; two sure ones for different records make neither sure. */
function best(scored: Scored[]): Scored | null {
  const kept = scored
    .filter((s) => s.score >= POSSIBLE)
    .sort((a, b) => b.score - a.score || (a.targetId < b.targetId ? -1 : 1));
  const top = kept[0];
  if (!top) return null;
  const rival = kept.find((s) => s.targetId !== top.targetId && s.score >= SURE);
  if (top.score >= SURE && rival)
    return { ...top, score: round(SURE - 0.05), reasons: [...top.reasons, 'several-candidates'] };
  return top;
}

/** The shorter name (3 characters or more) begins or ends the longer one. */
function contains(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 3 && short !== long && (long.startsWith(short) || long.endsWith(short));
}

const isLatin = (s: string) => /^[\x20-\x7e]+$/.test(s.normalize('NFKC'));

interface OrgKeys {
  record: OrgRecord;
  cores: { core: string; forms: LegalForm[]; english: boolean }[];
  kana: string | null;
  romaji: string | null;
  /** How the name sounds (keys.ts soundKey): kana names through romaji, English names as written. */
  sounds: { key: string; english: boolean }[];
}

function orgKeys(record: OrgRecord): OrgKeys {
  const cores = [record.name, record.nameEn]
    .filter((n): n is string => !!n && n.trim() !== '')
    .map((n, i) => {
      const { core, forms } = orgKey(n);
      return { core: isLatin(n) ? latinKey(core) : core, forms, english: i > 0 || isLatin(n) };
    })
    .filter((c) => c.core !== '');
  const kana = record.nameKana ? kanaKey(record.nameKana) || null : null;
  const sounds = cores
    .map((c) => ({
      key: c.english ? soundKey(c.core) : /^[\u3041-\u3096ー]+$/.test(c.core) ? soundKey(romajiOf(c.core)) : '',
      english: c.english,
    }))
    .filter((s) => s.key.length >= 4);
  return { record, cores, kana, romaji: record.nameKana ? romajiOf(record.nameKana) || null : null, sounds };
}

export class OrganisationMatcher {
  private readonly byCore = new Buckets<OrgKeys>();
  private readonly byKana = new Buckets<OrgKeys>();
  private readonly byLength = new Map<number, OrgKeys[]>();
  private readonly all: OrgKeys[] = [];
  private readonly bySound = new Buckets<OrgKeys>();

  add(record: OrgRecord): void {
    const keys = orgKeys(record);
    for (const c of keys.cores) {
      this.byCore.add(c.core, keys);
      const len = [...c.core].length;
      const list = this.byLength.get(len) ?? [];
      if (!list.includes(keys)) list.push(keys);
      this.byLength.set(len, list);
    }
    this.byKana.add(keys.kana, keys);
    this.byKana.add(keys.romaji, keys);
    this.all.push(keys);
    for (const s of keys.sounds) this.bySound.add(s.key, keys);
  }

  match(record: OrgRecord): Scored | null {
    const a = orgKeys(record);
    const candidates = new Set<OrgKeys>();
    for (const c of a.cores) {
      for (const k of this.byCore.get(c.core)) candidates.add(k);
      for (const k of this.byKana.get(c.core)) candidates.add(k);
      const len = [...c.core].length;
      if (len >= 5)
        for (let l = len - 2; l <= len + 2; l++) for (const k of this.byLength.get(l) ?? []) candidates.add(k);
    }
    for (const k of this.byKana.get(a.kana)) candidates.add(k);
    for (const k of this.byCore.get(a.romaji)) candidates.add(k);
    for (const s of a.sounds) for (const k of this.bySound.get(s.key)) candidates.add(k);
    // One name inside the other (川辺市 / 川辺市役所, 東都大 / 東都大学): found by a scan, which
    // organisations (thousands) allow; only ever a possible match.
    for (const k of this.all)
      if (!candidates.has(k) && a.cores.some((x) => k.cores.some((y) => contains(x.core, y.core)))) candidates.add(k);
    const scored: Scored[] = [];
    for (const b of candidates) {
      const s = scoreOrganisations(a, b);
      if (s) scored.push(s);
    }
    return best(scored);
  }
}

function scoreOrganisations(a: OrgKeys, b: OrgKeys): Scored | null {
  let score = 0;
  const reasons: MatchReason[] = [];
  let forms: [LegalForm[], LegalForm[]] | null = null;
  for (const x of a.cores)
    for (const y of b.cores) {
      if (x.core !== y.core) continue;
      const value = x.english && y.english && (x !== a.cores[0] || y !== b.cores[0]) ? 0.96 : 0.97;
      if (value > score) {
        score = value;
        reasons.splice(0, reasons.length, value === 0.97 ? 'same-name' : 'same-english-name');
        forms = [x.forms, y.forms];
      }
    }
  if (score === 0) {
    const aReadings = [a.kana, ...a.cores.map((c) => c.core)];
    const bReadings = [b.kana, ...b.cores.map((c) => c.core)];
    if ((a.kana && bReadings.includes(a.kana)) || (b.kana && aReadings.includes(b.kana))) {
      score = 0.85;
      reasons.push('same-reading');
    } else if (
      (a.romaji && b.cores.some((c) => c.english && c.core === a.romaji)) ||
      (b.romaji && a.cores.some((c) => c.english && c.core === b.romaji))
    ) {
      score = 0.85;
      reasons.push('romaji-reading');
    }
  }
  if (score === 0) {
    for (const x of a.cores)
      for (const y of b.cores) {
        const len = Math.min([...x.core].length, [...y.core].length);
        const allowed = len >= 10 ? 2 : len >= 5 ? 1 : 0;
        if (allowed > 0 && distance(x.core, y.core, allowed) <= allowed && !(x.english !== y.english)) {
          score = 0.75;
          reasons.splice(0, reasons.length, 'similar-name');
          forms = [x.forms, y.forms];
        }
      }
  }
  if (score === 0 && a.sounds.some((x) => b.sounds.some((y) => x.english !== y.english && x.key === y.key))) {
    score = 0.65;
    reasons.push('romaji-reading');
  }
  if (score === 0 && a.cores.some((x) => b.cores.some((y) => contains(x.core, y.core)))) {
    score = 0.7;
    reasons.push('contained-name');
  }
  if (score === 0) return null;
  if (forms && !formsAgree(forms[0], forms[1])) {
    score -= 0.17;
    reasons.push('legal-form-differs');
  }
  // Member lists give the member's prefecture on every row, and an organisation read from one
  // takes its first member's: a different prefecture is a weak sign against one record, enough to
  // ask about a similar name, not to doubt the same name.
  const pa = prefectureOf(a.record.prefecture);
  const pb = prefectureOf(b.record.prefecture);
  if (pa && pb && pa !== pb) {
    score -= reasons.includes('same-name') || reasons.includes('same-english-name') ? 0.02 : 0.1;
    reasons.push('prefecture-differs');
  }
  return { targetId: b.record.id, score: round(score), reasons };
}

interface SkillKeys {
  record: SkillRecord;
  names: string[];
  groups: number[];
}

function skillKeys(record: SkillRecord): SkillKeys {
  const raw = [record.nameJa, record.nameEn].filter((n): n is string => !!n && n.trim() !== '');
  return {
    record,
    names: [...new Set(raw.map(skillKey).filter(Boolean))],
    groups: [...new Set(raw.map(synonymGroup).filter((g): g is number => g !== undefined))],
  };
}

export class SkillMatcher {
  private readonly byName = new Buckets<SkillKeys>();
  private readonly byGroup = new Buckets<SkillKeys>();
  private readonly all: SkillKeys[] = [];

  add(record: SkillRecord): void {
    const keys = skillKeys(record);
    for (const n of keys.names) this.byName.add(n, keys);
    for (const g of keys.groups) this.byGroup.add(String(g), keys);
    this.all.push(keys);
  }

  match(record: SkillRecord): Scored | null {
    const a = skillKeys(record);
    const scored: Scored[] = [];
    const seen = new Set<SkillKeys>();
    for (const n of a.names)
      for (const b of this.byName.get(n))
        if (!seen.has(b)) {
          seen.add(b);
          scored.push({ targetId: b.record.id, score: 0.98, reasons: ['same-name'] });
        }
    for (const g of a.groups)
      for (const b of this.byGroup.get(String(g)))
        if (!seen.has(b)) {
          seen.add(b);
          scored.push({ targetId: b.record.id, score: 0.96, reasons: ['synonym'] });
        }
    if (scored.length === 0) {
      for (const b of this.all) {
        const close = a.names.some((x) =>
          b.names.some((y) => Math.min([...x].length, [...y].length) >= 5 && distance(x, y, 1) <= 1),
        );
        if (close) scored.push({ targetId: b.record.id, score: 0.7, reasons: ['similar-name'] });
      }
    }
    return best(scored);
  }
}

interface PersonKeys {
  record: PersonRecord;
  email: string | null;
  name: string;
  folded: string;
  kana: string | null;
  latin: string[];
}

function personKeys(record: PersonRecord): PersonKeys {
  const latin = [
    record.nameLatin ? latinNameKey(record.nameLatin) : '',
    isLatin(record.name) ? latinNameKey(record.name) : '',
    record.nameKana ? readingLatinKey(record.nameKana) : '',
  ].filter(Boolean);
  return {
    record,
    email: record.email ? emailKey(record.email) || null : null,
    name: nameKey(record.name),
    folded: foldedNameKey(record.name),
    kana: record.nameKana ? kanaKey(record.nameKana) || null : null,
    latin: [...new Set(latin)],
  };
}

export class PersonMatcher {
  private readonly byEmail = new Buckets<PersonKeys>();
  private readonly byName = new Buckets<PersonKeys>();
  private readonly byKana = new Buckets<PersonKeys>();
  private readonly byLatin = new Buckets<PersonKeys>();

  add(record: PersonRecord): void {
    const keys = personKeys(record);
    this.byEmail.add(keys.email, keys);
    this.byName.add(keys.folded, keys);
    this.byKana.add(keys.kana, keys);
    for (const l of keys.latin) this.byLatin.add(l, keys);
  }

  match(record: PersonRecord): Scored | null {
    const a = personKeys(record);
    const candidates = new Set<PersonKeys>([
      ...this.byEmail.get(a.email),
      ...this.byName.get(a.folded),
      ...this.byKana.get(a.kana),
      ...a.latin.flatMap((l) => this.byLatin.get(l)),
    ]);
    const scored: Scored[] = [];
    for (const b of candidates) {
      const s = scorePeople(a, b);
      if (s) scored.push(s);
    }
    return best(scored);
  }
}

function scorePeople(a: PersonKeys, b: PersonKeys): Scored | null {
  if (a.email && a.email === b.email) return { targetId: b.record.id, score: 0.99, reasons: ['same-email'] };
  const reasons: MatchReason[] = [];
  const kanaSame = !!a.kana && a.kana === b.kana;
  let score: number;
  if (a.name === b.name) {
    score = 0.8;
    reasons.push('same-name');
  } else if (a.folded === b.folded) {
    score = 0.75;
    reasons.push('same-name-variant');
  } else if (kanaSame) {
    score = 0.6;
  } else if (a.latin.some((l) => b.latin.includes(l))) {
    score = 0.7;
    reasons.push('romaji-reading');
  } else return null;
  if (kanaSame) {
    score += 0.05;
    reasons.push('same-reading');
  } else if (a.kana && b.kana) {
    score -= 0.3;
    reasons.push('reading-differs');
  }
  const orgsA = a.record.organisations;
  const orgsB = b.record.organisations;
  if (orgsA.some((o) => orgsB.includes(o))) {
    score += 0.17;
    reasons.push('same-organisation');
  } else if (orgsA.length > 0 && orgsB.length > 0) {
    score -= 0.05;
    reasons.push('other-organisation');
  }
  if (a.email && b.email) {
    score -= 0.1;
    reasons.push('email-differs');
  }
  return { targetId: b.record.id, score: round(score), reasons };
}

export type MatchKind = 'Organisation' | 'Skill' | 'Person';
export type AnyRecord = OrgRecord | SkillRecord | PersonRecord;

/** A matcher for one kind of record (records of that kind only go in and are asked about). */
export interface KindMatcher {
  add(record: AnyRecord): void;
  match(record: AnyRecord): Scored | null;
}

export function matcherFor(kind: MatchKind): KindMatcher {
  return (
    kind === 'Organisation' ? new OrganisationMatcher() : kind === 'Skill' ? new SkillMatcher() : new PersonMatcher()
  ) as KindMatcher;
}

export const recordName = (r: AnyRecord): string => ('name' in r ? r.name : (r.nameJa ?? r.nameEn ?? r.id));
