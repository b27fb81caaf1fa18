import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CommentText } from './CommentText';

describe('CommentText', () => {
  it('shows markup as text, never as HTML', () => {
    const html = renderToStaticMarkup(<CommentText text={'<script>alert(1)</script> <img src=x onerror=alert(1)>'} />);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('links web addresses (not the full stop after them), and nothing else', () => {
    const html = renderToStaticMarkup(<CommentText text={'Se https://example.org/a?b=1. Inte javascript:alert(1)\nny rad'} />);
    expect(html).toContain('<a href="https://example.org/a?b=1" rel="noopener noreferrer nofollow" target="_blank">https://example.org/a?b=1</a>.');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('\nny rad');
  });
});
