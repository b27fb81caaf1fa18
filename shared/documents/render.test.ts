import { describe, expect, it } from 'vitest';
import { renderHtml, renderText } from './render';

const doc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Mål & <syfte>' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Alla barn ', marks: [{ type: 'bold' }] }, { type: 'text', text: 'ska lyckas', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Läsa' }] }] }] },
    { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'År' }] }] }, { type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: '2027' }] }] }] }] },
  ],
};

describe('render', () => {
  it('renders escaped HTML and never an unsafe link', () => {
    expect(renderHtml(doc)).toBe(
      '<h2>Mål &amp; &lt;syfte&gt;</h2><p><strong>Alla barn </strong>ska lyckas</p><ul><li><p>Läsa</p></li></ul><table><tbody><tr><th><p>År</p></th><td><p>2027</p></td></tr></tbody></table>',
    );
    expect(renderHtml({ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'https://kommun.se' } }] })).toBe('<a href="https://kommun.se">x</a>');
  });

  it('renders plain text, one line per block', () => {
    expect(renderText(doc)).toBe('Mål & <syfte>\nAlla barn ska lyckas\n– Läsa\nÅr\t2027');
  });
});
