import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentRoom } from '../../shared/sync/rooms';
import { SyncHarness, saved, synced, until, type TestClient } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';

const decision = { body: 'Barn- och bildningsnämnden', date: '2027-10-14', paragraph: '§ 87', diarienummer: 'BUN/2027:112' };
const body = (client: TestClient) => client.doc.getXmlFragment('body');
const paragraph = (text: string) => {
  const element = new Y.XmlElement('paragraph');
  element.insert(0, [new Y.XmlText(text)]);
  return element;
};

/**
 * Every shape the Yjs types let an editor write into a body over the socket, each beside a line of
 * ordinary text, so the test can see that the document still locks, diffs and exports, and reads right.
 */
const SHAPES: Record<string, (client: TestClient) => void> = {
  'an object embed in text': (c) => {
    const text = new Y.XmlText('före ');
    text.insertEmbed(5, { image: 'x.png', nested: { deep: [1, 2] } });
    text.insert(6, ' efter');
    const element = new Y.XmlElement('paragraph');
    element.insert(0, [text]);
    body(c).push([element]);
  },
  'a Y type embedded in text': (c) => {
    const text = new Y.XmlText('typ ');
    text.insertEmbed(4, new Y.XmlElement('paragraph'));
    text.insertEmbed(5, new Y.Map());
    const element = new Y.XmlElement('paragraph');
    element.insert(0, [text]);
    body(c).push([element]);
  },
  'text straight in the body': (c) => body(c).push([new Y.XmlText('lös text')]),
  'an XmlHook': (c) => body(c).push([new Y.XmlHook('hook') as unknown as Y.XmlElement]),
  'an element inside a text-only node and a table cell in a paragraph': (c) => {
    const heading = new Y.XmlElement('heading');
    heading.insert(0, [new Y.XmlText('rubrik '), new Y.XmlElement('bulletList'), paragraph('inuti rubrik')]);
    const odd = new Y.XmlElement('paragraph');
    const cell = new Y.XmlElement('tableCell');
    cell.insert(0, [paragraph('cell i stycke')]);
    odd.insert(0, [cell, new Y.XmlElement('text'), new Y.XmlElement('doc')]);
    body(c).push([heading, odd]);
  },
  'attributes of every type': (c) => {
    const heading = new Y.XmlElement('heading');
    const attrs: Record<string, unknown> = { level: 'sju', start: { x: 1 }, list: [1, 'två', null, { a: true }], big: 1e308, neg: -0, flag: false, none: null, bytes: new Uint8Array([1, 2]), ytext: new Y.Text('yt') };
    const setAttribute = (element: Y.XmlElement, key: string, value: unknown) => (element as unknown as { setAttribute(k: string, v: unknown): void }).setAttribute(key, value);
    for (const [key, value] of Object.entries(attrs)) setAttribute(heading, key, value);
    setAttribute(heading, '__proto__', { polluted: true });
    heading.insert(0, [new Y.XmlText('attribut')]);
    const list = new Y.XmlElement('orderedList');
    setAttribute(list, 'start', 'abc');
    const item = new Y.XmlElement('listItem');
    item.insert(0, [paragraph('punkt')]);
    list.insert(0, [item]);
    body(c).push([heading, list]);
  },
  'formats with non-string values': (c) => {
    const text = new Y.XmlText('formaterad');
    text.format(0, 3, { bold: true, link: 5, italic: 'ja', code: [1], strike: { deep: { deeper: 1 } } });
    text.format(3, 3, JSON.parse('{"link": {"href": {"not": "a string"}}, "bold--AAAAAAAA": {}, "constructor": {}}') as Record<string, unknown>);
    text.format(6, 4, JSON.parse('{"__proto__": {"x": 1}, "toString": 1, "hasOwnProperty": {}}') as Record<string, unknown>);
    const element = new Y.XmlElement('paragraph');
    element.insert(0, [text]);
    body(c).push([element]);
  },
  'unknown and prototype node names': (c) => {
    for (const name of ['video', '', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      const element = new Y.XmlElement(name);
      element.insert(0, [new Y.XmlText(`nod ${name || 'tom'}`)]);
      body(c).push([element]);
    }
  },
  'nesting far deeper than any document': (c) =>
    // Built from the outside in: Yjs itself cannot integrate a prepared tree this deep in one go.
    c.doc.transact(() => {
      let parent: Y.XmlFragment | Y.XmlElement = body(c);
      for (let i = 0; i < 3000; i++) {
        const quote = new Y.XmlElement('blockquote');
        parent.insert(parent.length, [quote]);
        parent = quote;
      }
      parent.insert(0, [paragraph('djupt')]);
    }),
};

describe(`a document body holding any shape Yjs allows stays lockable, diffable and exportable, on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  let facilitator: string;
  beforeAll(async () => {
    h = await SyncHarness.start();
    facilitator = await h.login('processledare@exempelkommun.se');
  });
  afterAll(() => h.stop());

  for (const [shape, write] of Object.entries(SHAPES)) {
    it(shape, async () => {
      const id = await h.createDocument();
      const editor = h.client(documentRoom(id), await h.login('politiker@exempelkommun.se'));
      await synced(editor);
      body(editor).push([paragraph('vanlig rad')]);
      write(editor);
      await saved(editor);

      const locked = await h.api<{ version: { number: number } }>('POST', `/documents/${id}/versions`, facilitator, { decision });
      expect(locked.status, JSON.stringify(locked.body)).toBe(201);
      const version = await h.api<{ version: { html: string; plainText: string } }>('GET', `/documents/${id}/versions/1`, facilitator);
      expect(version.status).toBe(200);
      expect(version.body.version.plainText).toContain('vanlig rad');
      expect(version.body.version.html).toContain('<p>vanlig rad</p>');
      expect(version.body.version.html).not.toMatch(/function|\[object|undefined|NaN/);
      for (const format of ['pdf', 'docx', 'md']) {
        const exported = await h.api('GET', `/documents/${id}/versions/1/export?format=${format}`, facilitator);
        expect(exported.status, format).toBe(200);
      }
      const markdown = await (await h.api('GET', `/documents/${id}/versions/1/export?format=md`, facilitator)).response.text();
      expect(markdown).toContain('vanlig rad');
      expect(markdown).not.toMatch(/function Object|\[object Object\]|undefined/);

      const before = editor.notices.length;
      expect((await h.api('POST', `/documents/${id}/reopen`, facilitator)).status).toBe(204);
      await until(() => editor.notices.slice(before).some((n) => n.type === 'mode' && n.mode === 'write'), 'write mode after reopening');
      write(editor); // the same shape again, now in the draft
      await saved(editor);
      const draftDiff = await h.api<{ text: unknown[] }>('GET', `/documents/${id}/diff?from=1&to=draft`, facilitator);
      expect(draftDiff.status, JSON.stringify(draftDiff.body)).toBe(200);
      expect((await h.api('POST', `/documents/${id}/versions`, facilitator, { decision })).status).toBe(201);
      expect((await h.api('GET', `/documents/${id}/diff?from=1&to=2`, facilitator)).status).toBe(200);
      editor.destroy();
    });
  }

  it('reads the odd shapes the way the editor would: text kept, embeds and hooks left out, names as data', async () => {
    const id = await h.createDocument();
    const editor = h.client(documentRoom(id), await h.login('politiker@exempelkommun.se'));
    await synced(editor);
    for (const name of ['an object embed in text', 'text straight in the body', 'an XmlHook', 'attributes of every type', 'formats with non-string values', 'unknown and prototype node names']) SHAPES[name]!(editor);
    await saved(editor);
    expect((await h.api('POST', `/documents/${id}/versions`, facilitator, { decision })).status).toBe(201);
    const { version } = (await h.api<{ version: { html: string; plainText: string } }>('GET', `/documents/${id}/versions/1`, facilitator)).body;
    expect(version.plainText).toContain('före  efter');
    expect(version.html).toContain('<p>före  efter</p>');
    expect(version.html).toContain('<p>lös text</p>');
    expect(version.html).toContain('<h1>attribut</h1>'); // level "sju" is no level: 1
    expect(version.html).toContain('<ol><li><p>punkt</p></li></ol>');
    // bold: true, italic: "ja", code: [1], strike: {…} are the marks; a link without a string href is none.
    expect(version.html).toContain('<p><s><code><em><strong>for</strong></em></code></s><strong>mat</strong>erad</p>');
    // Unknown names keep their text and never their markup; prototype names find no tag.
    for (const name of ['video', 'tom', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) expect(version.html).toContain(`nod ${name}`);
    expect(version.html).not.toMatch(/<function|<video|<constructor|<__proto__/);
    editor.destroy();
  });
});
