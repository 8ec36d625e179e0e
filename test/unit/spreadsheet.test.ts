/**
 * CSV injection (server/shared/spreadsheet.ts): every formula-like text is defused, and the
 * importer's inverse gives back exactly what was written, for any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../client/src/graph/export.ts';
import { defuseCell, restoreCell } from '../../server/shared/spreadsheet.ts';
import { INJECTION_CORPUS } from '../reference/injection-corpus.ts';

const startsLikeAFormula = (text: string) => /^[=+\-@\t\r]/.test(text);

describe('CSV injection', () => {
  it('defuses every cell of the corpus, and the importer restores it', () => {
    for (const text of INJECTION_CORPUS) {
      const cell = defuseCell(text);
      expect(startsLikeAFormula(cell), text).toBe(false);
      expect(cell.startsWith("'"), text).toBe(true);
      expect(restoreCell(cell)).toBe(text);
    }
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['田中 花子', 'kintone', "it's", '1+1', 'a=b', '']) expect(defuseCell(text)).toBe(text);
  });

  it('round-trips any text and never writes a formula', () => {
    const formulaish = fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", 'a', '1');
    const text = fc.oneof(
      fc.string(),
      fc.array(formulaish, { maxLength: 6 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(restoreCell(defuseCell(s))).toBe(s);
        expect(startsLikeAFormula(defuseCell(s))).toBe(false);
      }),
    );
  });

  it('is the rule of the explorer’s own CSV downloads too', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell("'=1+1")).toBe("''=1+1");
    expect(csvCell(-5)).toBe('-5'); // numbers are numbers
  });
});
