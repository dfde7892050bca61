import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/components/share/csv';

describe('CSV for spreadsheets', () => {
  it('starts with a byte-order mark and the header row, and ends lines with CRLF', () => {
    const csv = toCsv([
      ['Scenario', 'Safety'],
      ['A client turns violent', 'Worse'],
    ]);
    expect(csv).toBe('\uFEFFScenario,Safety\r\nA client turns violent,Worse\r\n');
  });

  it('quotes cells with commas, quotes, line breaks or edge spaces, doubling inner quotes', () => {
    const csv = toCsv([['a, b', 'say "no"', 'two\nlines', ' padded', 'plain', 3, undefined]]);
    expect(csv).toBe('\uFEFF"a, b","say ""no""","two\nlines"," padded",plain,3,\r\n');
  });

  it('puts the notes (title, link, licence) after the table, past an empty line', () => {
    const csv = toCsv([['h'], ['v']], ['Licence: CC BY 4.0, with credit']);
    expect(csv.split('\r\n')).toEqual(['\uFEFFh', 'v', '', '"# Licence: CC BY 4.0, with credit"', '']);
  });
});
