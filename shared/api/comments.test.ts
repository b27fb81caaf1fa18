import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { COMMENT_MAX_LENGTH, QUOTE_MAX_LENGTH } from '../comments/model';
import { anchorInput, commentBody } from './comments';

const position = () => {
  const doc = new Y.Doc();
  const text = doc.getXmlFragment('body');
  text.insert(0, [new Y.XmlText('Alla barn')]);
  return Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text.get(0) as Y.XmlText, 3))).toString('base64');
};
const text = { kind: 'text', fragment: 'body', start: position(), end: position(), quote: 'barn' };
const ok = (value: unknown) => anchorInput.safeParse(value).success;

describe('anchor input', () => {
  it('takes text anchors into the body or a goal\'s viljeinriktning, and goal anchors', () => {
    expect(ok(text)).toBe(true);
    expect(ok({ ...text, fragment: 'viljeinriktning:3f0c2a51-8b1e-4a4e-9a51-0c1d2e3f4a5b' })).toBe(true);
    expect(ok({ ...text, quote: 'x'.repeat(QUOTE_MAX_LENGTH) })).toBe(true);
    expect(ok({ kind: 'goal', goalId: 'g1', indicatorId: null, quote: 'Mål' })).toBe(true);
    expect(ok({ kind: 'goal', goalId: 'g1', indicatorId: 'i1', quote: '' })).toBe(true);
  });

  it('refuses positions that are not encoded relative positions, other fragments and extra fields', () => {
    expect(ok({ ...text, start: Buffer.from('hej hej hej').toString('base64') })).toBe(false);
    expect(ok({ ...text, end: '' })).toBe(false);
    expect(ok({ ...text, end: 'not base64!' })).toBe(false);
    expect(ok({ ...text, start: `${text.start}AAAA` })).toBe(false); // trailing bytes
    expect(ok({ ...text, start: 'A'.repeat(1025) })).toBe(false);
    expect(ok({ ...text, fragment: 'fields' })).toBe(false);
    expect(ok({ ...text, fragment: 'viljeinriktning:' })).toBe(false);
    expect(ok({ ...text, quote: 'x'.repeat(QUOTE_MAX_LENGTH + 1) })).toBe(false);
    expect(ok({ ...text, html: '<b>' })).toBe(false);
    expect(ok({ kind: 'goal', goalId: '', indicatorId: null, quote: '' })).toBe(false);
    expect(ok({ kind: 'goal', goalId: 'g1', quote: '' })).toBe(false);
  });
});

describe('comment body', () => {
  it('is trimmed, kept verbatim otherwise, and 1..COMMENT_MAX_LENGTH characters', () => {
    expect(commentBody.parse('  <script>alert(1)</script>\n&amp;  ')).toBe('<script>alert(1)</script>\n&amp;');
    expect(commentBody.safeParse(' \n ').success).toBe(false);
    expect(commentBody.safeParse('x'.repeat(COMMENT_MAX_LENGTH)).success).toBe(true);
    expect(commentBody.safeParse('x'.repeat(COMMENT_MAX_LENGTH + 1)).success).toBe(false);
  });
});
