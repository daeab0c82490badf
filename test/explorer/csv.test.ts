import { describe, expect, it } from 'vitest';
import { buildCsv, csvCell, CSV_BOM } from '../../src/explorer/logic/csv.js';

describe('buildCsv', () => {
  it('writes a BOM, a header row and CRLF-terminated rows', () => {
    const csv = buildCsv(
      ['层级', '单位'],
      [
        ['县级', '县司法局'],
        ['市级', null],
      ],
    );
    expect(csv).toBe(`${CSV_BOM}层级,单位\r\n县级,县司法局\r\n市级,\r\n`);
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('县(市、区)委,政府')).toBe('"县(市、区)委,政府"');
    expect(csvCell('称“枫桥经验”')).toBe('称“枫桥经验”');
    expect(csvCell('a "b"')).toBe('"a ""b"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
  });

  it('defuses spreadsheet formulas in text but keeps negative numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(0.82)).toBe('0.82');
  });
});
