import { describe, expect, it } from 'vitest';
import { boardLayout } from '../../shared/workshops/board-layouts';
import { boardsCsv, csvField, csvFileNames } from './export-csv';

describe('boardsCsv', () => {
  const layout = boardLayout('pestel');
  const csv = boardsCsv(
    layout,
    [
      {
        groupName: 'Grupp 1',
        cards: [
          { id: 'a', text: 'Ränta; "höjd"\nigen', categoryId: 'ekonomiska:utmaningar', clusterId: 'k', author: { participantId: 'p', name: 'Åsa' }, createdAt: '2027-01-21T10:00:00.000Z' },
          { id: 'b', text: '=SUM(A1)', categoryId: 'politiska:mojligheter', clusterId: null, author: null, createdAt: '2027-01-21T10:01:00.000Z' },
        ],
        clusters: [{ id: 'k', title: 'Ekonomi', categoryId: 'ekonomiska:utmaningar', createdAt: '2027-01-21T09:00:00.000Z' }],
      },
    ],
    { a: 3 },
  );

  it('starts with a BOM and the Swedish header, one CRLF record per card in layout order', () => {
    expect(csv.startsWith('\uFEFFGrupp;Kolumn;Kategori;Rubrik;Kort;Författare;Röster;Skapad\r\n')).toBe(true);
    const body = csv.slice(1).split('\r\n');
    expect(body[1]).toBe("Grupp 1;Politiska;Möjligheter;;'=SUM(A1);;0;2027-01-21T10:01:00.000Z");
    expect(body[2]).toBe('Grupp 1;Ekonomiska;Utmaningar;Ekonomi;"Ränta; ""höjd""\nigen";Åsa;3;2027-01-21T10:00:00.000Z');
    expect(body[3]).toBe('');
  });

  it('quotes only what needs it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('names the file after the workshop and day', () => {
    expect(csvFileNames('Omvärldsdag 2027', '2027-01-21')).toEqual({ ascii: 'Omvarldsdag-2027-kort-2027-01-21.csv', utf8: 'Omvärldsdag 2027-kort-2027-01-21.csv' });
  });
});
