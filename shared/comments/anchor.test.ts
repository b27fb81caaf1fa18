import { getSchema } from '@tiptap/core';
import { initProseMirrorDoc, prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { editorExtensions } from '../editor/extensions';
import { createTextAnchor, resolveTextAnchor, type AnchorContext } from './anchor';
import { BODY_FRAGMENT } from './model';

const schema = getSchema(editorExtensions());
const PHRASE = 'gröna parker';

/** A ProseMirror view of the fragment as it is now, as the sync plugin's binding would hold it. */
function contextOf(ydoc: Y.Doc): AnchorContext & { text(range: { from: number; to: number }): string } {
  const fragment = ydoc.getXmlFragment(BODY_FRAGMENT);
  const { doc, mapping } = initProseMirrorDoc(fragment, schema);
  return { ydoc, fragment, mapping, text: ({ from, to }) => doc.textBetween(from, to) };
}

/** Two peers holding the same document: A made it, B got it through an update. */
function twoPeers() {
  const a = new Y.Doc();
  prosemirrorJSONToYXmlFragment(
    schema,
    {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Vision' }] },
        { type: 'paragraph', content: [{ type: 'text', text: `Kommunen vill ha fler ${PHRASE} i varje stadsdel.` }] },
      ],
    },
    a.getXmlFragment(BODY_FRAGMENT),
  );
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return { a, b };
}

/** Each peer gets what the other has (the same as the server relaying updates both ways). */
function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

/** The (last) paragraph's Y.XmlText, to edit as another peer's editor would. */
function paragraphText(ydoc: Y.Doc): Y.XmlText {
  const fragment = ydoc.getXmlFragment(BODY_FRAGMENT);
  return (fragment.get(fragment.length - 1) as Y.XmlElement).get(0) as Y.XmlText;
}

function anchorPhrase(ydoc: Y.Doc) {
  const context = contextOf(ydoc);
  const text = paragraphText(ydoc).toString();
  // The paragraph's content starts after the heading (nodeSize 8) and the paragraph's opening token.
  const from = 8 + 1 + text.indexOf(PHRASE);
  const range = { from, to: from + PHRASE.length };
  expect(context.text(range)).toBe(PHRASE);
  const anchor = createTextAnchor(context, range);
  expect(anchor).not.toBeNull();
  return anchor!;
}

function expectPhraseIn(ydoc: Y.Doc, anchor: { start: string; end: string }, phrase = PHRASE) {
  const context = contextOf(ydoc);
  const range = resolveTextAnchor(context, anchor);
  expect(range).not.toBeNull();
  expect(context.text(range!)).toBe(phrase);
}

describe('text anchors (relative positions through y-tiptap)', () => {
  it('resolves to the phrase it was made from, in both peers', () => {
    const { a, b } = twoPeers();
    const anchor = anchorPhrase(a);
    expectPhraseIn(a, anchor);
    expectPhraseIn(b, anchor);
  });

  it('stays on the phrase when the other peer inserts before, right at both edges and after it', () => {
    const { a, b } = twoPeers();
    const anchor = anchorPhrase(a);
    const text = paragraphText(b);
    const start = text.toString().indexOf(PHRASE);
    // From the end backwards so each index still means what it meant.
    text.insert(text.length, ' Slut.');
    text.insert(start + PHRASE.length, ' (ny)'); // right after the phrase
    text.insert(start, 'många '); // right before the phrase
    text.insert(0, 'Först: ');
    b.getXmlFragment(BODY_FRAGMENT).insert(0, [new Y.XmlElement('paragraph')]); // a whole paragraph before
    // Meanwhile A adds text too.
    paragraphText(a).insert(0, 'A: ');
    exchange(a, b);
    expect(paragraphText(a).toString()).toBe(paragraphText(b).toString());
    expect(paragraphText(a).toString()).toContain(`många ${PHRASE} (ny)`);
    expectPhraseIn(a, anchor);
    expectPhraseIn(b, anchor);
  });

  it('follows the words that are left when the other peer deletes around and inside the phrase', () => {
    const { a, b } = twoPeers();
    const anchor = anchorPhrase(a);
    const text = paragraphText(b);
    const start = text.toString().indexOf(PHRASE);
    text.delete(start + PHRASE.length, ' i varje'.length); // just after
    text.delete(0, 'Kommunen '.length); // well before
    exchange(a, b);
    expectPhraseIn(a, anchor);
    expectPhraseIn(b, anchor);

    const now = paragraphText(b).toString().indexOf(PHRASE);
    paragraphText(b).delete(now + 'gröna'.length, ' '.length); // inside
    exchange(a, b);
    expectPhraseIn(a, anchor, 'grönaparker');
    expectPhraseIn(b, anchor, 'grönaparker');
  });

  it('keeps the phrase when it is made bold (formatting is not text)', () => {
    const { a, b } = twoPeers();
    const anchor = anchorPhrase(a);
    const text = paragraphText(b);
    text.format(text.toString().indexOf(PHRASE), PHRASE.length, { bold: {} });
    exchange(a, b);
    expectPhraseIn(a, anchor);
    expectPhraseIn(b, anchor);
  });

  it('says null once the whole phrase is deleted, in both peers', () => {
    const { a, b } = twoPeers();
    const anchor = anchorPhrase(a);
    const text = paragraphText(b);
    text.delete(text.toString().indexOf(PHRASE) - 1, PHRASE.length + 2);
    exchange(a, b);
    expect(resolveTextAnchor(contextOf(a), anchor)).toBeNull();
    expect(resolveTextAnchor(contextOf(b), anchor)).toBeNull();
  });

  it('gives no anchor for an empty range and null for garbage', () => {
    const { a } = twoPeers();
    expect(createTextAnchor(contextOf(a), { from: 12, to: 12 })).toBeNull();
    expect(resolveTextAnchor(contextOf(a), { start: 'AAAA', end: '!!' })).toBeNull();
  });
});
