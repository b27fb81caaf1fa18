import * as Y from 'yjs';
import type { ThreadAnchor } from '../../shared/comments/model';

/** A text anchor as the editor makes it: relative positions into the body fragment. */
export function textAnchor(quote = 'barn och unga'): ThreadAnchor {
  const doc = new Y.Doc();
  const body = doc.getXmlFragment('body');
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(`Alla ${quote} ska lyckas.`)]);
  body.insert(0, [paragraph]);
  const text = paragraph.get(0) as Y.XmlText;
  const encode = (index: number) => Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, index))).toString('base64');
  return { kind: 'text', fragment: 'body', start: encode(5), end: encode(5 + quote.length), quote };
}
