/**
 * GraphML and GEXF exports are valid against the official schemas (GraphML 1.0 with xlink, GEXF
 * 1.2draft with viz; resolved from Maven Central by test/helpers/graph-schemas.ts): the demo
 * network, one organisation's part, and a network full of awkward text, whose text survives.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/driver.ts';
import { loadDemo } from '../../server/demo.ts';
import { collectExport, toGexf, toGraphML, type ExportOptions } from '../../server/features/data/export/index.ts';
import { importBundle } from '../../server/features/data/import/index.ts';
import { gexfErrors, graphmlErrors, graphSchemas } from '../helpers/graph-schemas.ts';
import { testDb, wipe } from '../helpers/db.ts';

let db: Db;

beforeAll(async () => {
  graphSchemas(); // fail early, with what to install, when Maven cannot resolve the schemas
  db = await testDb();
  await wipe(db);
  await loadDemo(db);
  return () => db.close();
});

async function both(options: ExportOptions) {
  const data = await collectExport(db, options);
  return { graphml: toGraphML(data), gexf: toGexf(data) };
}

describe('exports valid against the GraphML and GEXF schemas', () => {
  it('the whole demo network, as the owner (CLI) and as the public (API) export it', async () => {
    for (const visibility of ['full', 'public'] as const) {
      const { graphml, gexf } = await both({ visibility });
      expect(graphml.match(/<node /g)?.length, visibility).toBeGreaterThan(200);
      expect(await graphmlErrors(graphml), visibility).toEqual([]);
      expect(await gexfErrors(gexf), visibility).toEqual([]);
    }
  });

  it("one organisation's part of the network", async () => {
    const { graphml, gexf } = await both({ visibility: 'public', organisationId: 'o01' });
    expect(graphml).toContain('<node id="Organisation:o01">');
    expect(await graphmlErrors(graphml)).toEqual([]);
    expect(await gexfErrors(gexf)).toEqual([]);
  });

  it('the validation bites: an undeclared attribute type or a GEXF 1.3 header is refused', async () => {
    const { graphml, gexf } = await both({ visibility: 'public', organisationId: 'o01' });
    const badType = graphml.replace('attr.type="string"', 'attr.type="text"');
    expect((await graphmlErrors(badType)).join('\n')).toMatch(/attr\.type/);
    const badVersion = gexf.replace('version="1.2"', 'version="1.3"');
    expect((await gexfErrors(badVersion)).join('\n')).toMatch(/version/);
  });
});

const LINE = `田中 "はな" <子> & 'co' 🌸`;
const TEXT = `${LINE}\n二行目\r\n\ttab end`;
// The import refuses control characters; data written by other means may still hold them.
const CONTROL = '\u0001\u0008\u000b\u001f\ufffe';

describe('awkward text', () => {
  beforeAll(async () => {
    await wipe(db);
    const doc = {
      format: 'tsunagari-bundle',
      version: 1,
      extraColumns: { people: { '会員 番号 <#>': 'string' } },
      people: [
        { id: 'p@1', name: LINE, bio: TEXT, '会員 番号 <#>': 'A&B "1"' },
        { id: 'p2', name: '佐藤 太郎 😀' },
      ],
      organisations: [{ id: 'o@1', name: LINE, sector: 'npo', url: 'https://example.org/?a=1&b=2' }],
      memberships: [{ personId: 'p@1', organisationId: 'o@1', role: LINE }],
      ties: [{ personId: 'p@1', otherPersonId: 'p2', strength: 3, context: TEXT, visibility: 'public' }],
    };
    const bytes = new TextEncoder().encode(JSON.stringify(doc));
    const report = await importBundle(db, [{ name: 'awkward.json', bytes }]);
    expect(report.issues).toEqual([]);
    expect(report.committed).toBe(true);
  });

  it('Japanese, markup characters, emoji, line breaks and control characters stay valid', async () => {
    const data = await collectExport(db, { visibility: 'full' });
    const person = data.sections.people.find((p) => p.id === 'p@1')!;
    expect(person.bio).toBe(TEXT);
    person.bio = `${TEXT}${CONTROL}`;
    const [graphml, gexf] = [toGraphML(data), toGexf(data)];
    expect(await graphmlErrors(graphml)).toEqual([]);
    expect(await gexfErrors(gexf)).toEqual([]);
    // eslint-disable-next-line no-control-regex -- XML 1.0 cannot carry them: they must be gone
    const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
    for (const xml of [graphml, gexf]) {
      expect(xml).not.toMatch(forbidden);
      // Escaped; line breaks and tabs as references so attribute values (GEXF) keep them too.
      expect(xml).toContain("田中 &quot;はな&quot; &lt;子&gt; &amp; 'co' 🌸&#10;二行目&#13;&#10;&#9;tab end");
      expect(xml).toContain('佐藤 太郎 😀');
      expect(xml).toContain('https://example.org/?a=1&amp;b=2');
      expect(xml).toContain('A&amp;B &quot;1&quot;');
    }
    // `@` is not allowed in an XML name token: that node gets a positional GraphML id.
    expect(graphml).toMatch(/<node id="_\d+"><data key="label">田中/);
    expect(graphml).toMatch(/<edge id="e\d+" source="_\d+" target="Person:p2" directed="false">/);
    expect(gexf).toContain('<node id="Person:p@1"');
    // A membership's role is an edge attribute (it was once dropped with the project roles).
    expect(graphml).toMatch(
      /<edge id="e\d+" source="_\d+" target="_\d+"><data key="e_type">MEMBER_OF<\/data><data key="e_role">田中/,
    );
    expect(graphml).toMatch(/attr.name="会員_番号____" attr.type="string"><desc>会員 番号 &lt;#&gt;<\/desc>/);
  });
});
