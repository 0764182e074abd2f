import { describe, expect, it } from 'vitest';
import { looksLikeFeed } from './looks-like-feed.js';

const sniff = (text: string): boolean => looksLikeFeed(Buffer.from(text));

describe('looksLikeFeed', () => {
  it('sees a feed root behind a declaration, comments and a DOCTYPE with an internal subset', () => {
    expect(sniff('<rss version="2.0"><channel/></rss>')).toBe(true);
    expect(
      sniff(
        '<?xml version="1.0"?>\n<!-- generator -->\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91">',
      ),
    ).toBe(true);
    expect(sniff('<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY a "]>">]><feed xmlns="x">')).toBe(
      true,
    );
  });

  it('does not take pages, other XML or text for feeds', () => {
    expect(sniff('<!doctype html><html><body>rss</body></html>')).toBe(false);
    expect(sniff('<?xml version="1.0"?><!DOCTYPE svg><svg/>')).toBe(false);
    expect(sniff('The <rss> element is old.')).toBe(false);
  });
});
