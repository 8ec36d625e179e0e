/** The explorer's fetch for read-your-writes across instances (client/src/apollo-client.ts). */
import { describe, expect, it } from 'vitest';
import { versionTrackingFetch } from '../../client/src/apollo-client.ts';
import { parseAfter } from '../../server/graph/seen.ts';

describe('read-your-writes headers', () => {
  it('sends the highest version a response named, and never a lower one', async () => {
    const sent: (string | null)[] = [];
    const answers = ['7', null, '5', 'x', '9'];
    const base = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(new Headers(init?.headers).get('tsunagari-after'));
      const version = answers[sent.length - 1];
      return new Response('{}', { headers: version ? { 'tsunagari-version': version } : {} });
    }) as typeof fetch;
    const tracked = versionTrackingFetch(base);
    for (let i = 0; i < answers.length + 1; i++)
      await tracked('/graphql', { headers: { 'content-type': 'application/json' } });
    expect(sent).toEqual([null, '7', '7', '7', '7', '9']);
  });

  it('reads only whole numbers from the header', () => {
    expect(parseAfter('42')).toBe(42);
    expect(parseAfter(undefined)).toBeNull();
    expect(parseAfter('-1')).toBeNull();
    expect(parseAfter('1e9')).toBeNull();
    expect(parseAfter('9'.repeat(16))).toBeNull();
  });
});
