import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { renderNeo4jConf } from '../../server/db/neo4j-conf.ts';
import { parseKey } from '../../server/shared/model.ts';
import { prefectureName } from '../../server/shared/prefectures.ts';
import { nameScore } from '../../server/features/search/service.ts';
import { scoreWords } from '../../server/features/search/text-index.ts';
import { normalise, queryTerms, queryVariants, searchTextOf } from '../../server/shared/text.ts';
import { decodeCursor, encodeCursor, isoDate, parse } from '../../server/shared/validation.ts';
import { StartupError } from '../../server/errors.ts';
import { parseSeedArgs } from '../../seed/seed-args.ts';

describe('text normalisation', () => {
  it('folds width, case, katakana and spaces', () => {
    expect(normalise('ＴＡＮＡＫＡ　花子')).toBe('tanaka花子');
    expect(normalise('タナカ ハナコ')).toBe('たなかはなこ');
    expect(normalise('ｾｰﾙｽﾌｫｰｽ')).toBe('せーるすふぉーす');
  });

  it('keeps names apart in the stored search text', () => {
    expect(searchTextOf(['田中 花子', null, 'Tanaka Hanako'])).toBe('田中花子|tanakahanako');
  });

  it('adds kana for romaji queries and romaji for kana queries', () => {
    expect(queryVariants('tanaka')).toEqual(['tanaka', 'たなか']);
    expect(queryVariants('たなか')).toEqual(['たなか', 'tanaka']);
    expect(queryVariants('田中')).toEqual(['田中']);
    expect(queryVariants('data analysis')).toContain('dataanalysis');
  });

  it('splits a query into normalised words', () => {
    expect(queryTerms(' Children  ｶﾌｪ\u3000食堂 ')).toEqual(['children', 'かふぇ', '食堂']);
    expect(queryTerms('   ')).toEqual([]);
  });
});

describe('search ranking', () => {
  it('prefers exact over prefix over partial, and shorter names for the same prefix', () => {
    const exact = nameScore(['data'], ['data']);
    const prefix = nameScore(['data analysis'], ['data']);
    const partial = nameScore(['open data'], ['data']);
    expect(exact).toBeGreaterThan(prefix);
    expect(prefix).toBeGreaterThan(partial);
    expect(nameScore(['田辺誠'], ['田'])).toBeGreaterThan(nameScore(['田中花子'], ['田']));
    expect(nameScore(['kintone'], ['salesforce'])).toBe(0);
  });

  it('finds words in any order, ranks records holding every word first, always below a name match', () => {
    const words = "こども食堂マップ|mappingchildren'scafeterias";
    const both = scoreWords(words, ['cafeterias', 'mapping']);
    expect(both).toBeGreaterThanOrEqual(15);
    expect(both).toBeLessThanOrEqual(20);
    expect(both).toBeLessThan(nameScore(['open data'], ['data']));
    const one = scoreWords(words, ['cafeterias', 'kitchen']);
    expect(one).toBeGreaterThan(10);
    expect(one).toBeLessThan(15);
    expect(scoreWords(words, ['kitchen'])).toBe(0);
    expect(scoreWords(words, [])).toBe(0);
  });
});

describe('validation', () => {
  it.each(['2023-13-01', '2023-02-29', '2023-2-1', '20230101', '1899-12-31', 'yesterday'])(
    'rejects the date %s',
    (date) => {
      expect(isoDate.safeParse(date).success).toBe(false);
    },
  );
  it.each(['2024-02-29', '2023-12-31', '2000-01-01'])('accepts the date %s', (date) => {
    expect(isoDate.safeParse(date).success).toBe(true);
  });
  it('names the field in errors', () => {
    expect(() => parse(isoDate, '2023-13-01', 'input.since')).toThrow(/^input\.since: must be a real calendar date/);
  });
  it('round-trips cursors and rejects forged ones', () => {
    expect(decodeCursor(encodeCursor(40))).toBe(40);
    expect(decodeCursor(null)).toBe(0);
    expect(() => decodeCursor('garbage')).toThrow(/after: is not a cursor/);
  });
  it('parses node keys', () => {
    expect(parseKey('Person:p:1')).toEqual({ kind: 'Person', id: 'p:1' });
    expect(parseKey('Nobody:p1')).toBeUndefined();
    expect(parseKey('Person:')).toBeUndefined();
  });
  it('knows prefectures in both languages', () => {
    expect(prefectureName('Tokyo')).toBe('東京都');
    expect(prefectureName('大阪')).toBe('大阪府');
    expect(prefectureName('北海道')).toBe('北海道');
    expect(prefectureName('Gotham')).toBeUndefined();
  });
});

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 4000,
      NEO4J_BOLT_PORT: 7687,
      NEO4J_USER: 'neo4j',
      TSUNAGARI_DEMO_DATA: 'auto',
    });
    expect(config.NEO4J_URI).toBeUndefined();
  });
  it.each([
    [{ PORT: '70000' }, /^PORT is invalid/],
    [{ NEO4J_URI: 'localhost:7687' }, /^NEO4J_URI is invalid/],
    [{ NEO4J_HEAP_SIZE: 'lots' }, /^NEO4J_HEAP_SIZE is invalid: expected a size such as 512m/],
    [{ TSUNAGARI_DEMO_DATA: 'always' }, /^TSUNAGARI_DEMO_DATA is invalid/],
  ])('rejects %j with a line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(StartupError);
    expect(() => loadConfig(env)).toThrow(message);
  });
  it('writes a loopback-only, Bolt-only neo4j.conf', () => {
    const conf = renderNeo4jConf({ home: '/tmp/x', boltPort: 7999, pageCacheSize: '256m' });
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7999');
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('server.http.enabled=false');
    expect(conf).toContain('server.memory.pagecache.size=256m');
  });
});

describe('seed command flags', () => {
  const parse = (args: string[]) => parseSeedArgs(args, parseArgs);
  it('defaults to the demo network', () => expect(parse([])).toEqual({ kind: 'demo' }));
  it('reads the synthetic options', () => {
    expect(parse(['--synthetic', '--people', '100000', '--seed', '7'])).toEqual({
      kind: 'synthetic',
      people: 100000,
      seed: 7,
    });
  });
  it.each([
    [['--people', '5'], /--people and --seed go with --synthetic/],
    [['--synthetic', '--people', 'many'], /--people must be a whole number from 10 to 1000000 \(got "many"\)/],
    [['--synthetic', '--people', '5'], /--people must be a whole number/],
    [['--synthetic', '--seed', '-1'], /--seed/],
    [['--bogus'], /Unknown option '--bogus'/],
  ])('rejects %j', (args, message) => {
    expect(() => parse(args)).toThrow(message);
  });
});
