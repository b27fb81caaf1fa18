import { describe, expect, it } from 'vitest';
import { linkAddress } from './link-address';

describe('the address a typed link goes to', () => {
  it('keeps web and mail addresses, and takes an address without a scheme as https', () => {
    expect(linkAddress('https://www.kommun.se/plan')).toBe('https://www.kommun.se/plan');
    expect(linkAddress(' http://kolada.se ')).toBe('http://kolada.se');
    expect(linkAddress('kommun.se/plan')).toBe('https://kommun.se/plan');
    expect(linkAddress('mailto:namn@kommun.se')).toBe('mailto:namn@kommun.se');
  });

  it('refuses what is not a web or mail address', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'mailto:', 'bara text', 'localhost', 'ftp://kommun.se/fil']) expect(linkAddress(bad)).toBeNull();
  });
});
