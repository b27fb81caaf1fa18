import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { editorExtensions } from '../../../shared/editor/extensions';
import { findInDoc } from './text-search';

const schema = getSchema(editorExtensions());
const paragraph = (...parts: Array<string | { bold: string } | 'br'>) =>
  schema.node(
    'paragraph',
    null,
    parts.map((part) =>
      part === 'br' ? schema.node('hardBreak') : typeof part === 'string' ? schema.text(part) : schema.text(part.bold, [schema.mark('bold')]),
    ),
  );
const docOf = (...paragraphs: ReturnType<typeof paragraph>[]) => schema.node('doc', null, paragraphs);

describe('findInDoc', () => {
  it('finds every match case-insensitively (Swedish letters too), with its range and context', () => {
    const doc = docOf(paragraph('Gröna skolgårdar i alla stadsdelar.'), paragraph('Fler barn ska ha GRÖNA SKOLGÅRDAR nära hemmet.'));
    const matches = findInDoc(doc, '  gröna   skolgårdar ');
    expect(matches.map((match) => doc.textBetween(match.from, match.to))).toEqual(['Gröna skolgårdar', 'GRÖNA SKOLGÅRDAR']);
    expect(matches[1]).toMatchObject({ before: 'Fler barn ska ha ', text: 'GRÖNA SKOLGÅRDAR', after: ' nära hemmet.', cutBefore: false, cutAfter: false });
  });

  it('maps positions across marks and leaf nodes, and never across blocks', () => {
    const doc = docOf(paragraph('Alla ', { bold: 'barn och' }, ' unga', 'br', 'ska lyckas'), paragraph('unga ska'));
    const [match, ...rest] = findInDoc(doc, 'och unga');
    expect(rest).toEqual([]);
    expect(doc.textBetween(match!.from, match!.to)).toBe('och unga');
    expect(findInDoc(doc, 'unga ska').map((found) => doc.textBetween(found.from, found.to, '\n', '\n'))).toEqual(['unga\nska', 'unga ska']);
  });

  it('cuts long context at whole words and ignores too short queries', () => {
    const doc = docOf(paragraph('Ett två tre fyra fem sex sju åtta nio tio elva tolv MITT tretton fjorton femton sexton sjutton arton nitton'));
    const [match] = findInDoc(doc, 'mitt');
    expect(match).toMatchObject({ text: 'MITT', cutBefore: true, cutAfter: true });
    expect(match!.before.startsWith(' ')).toBe(false);
    expect(`${match!.before}MITT${match!.after}`.length).toBeLessThanOrEqual(4 + 64);
    expect(findInDoc(doc, 'm')).toEqual([]);
  });
});
