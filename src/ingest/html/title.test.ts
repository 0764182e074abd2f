import { describe, expect, it } from 'vitest';
import { repairMojibake } from './mojibake.js';
import { isSiteLabel, siteKeys } from './site-name.js';
import { learnPrefixLabels, pickTitle, splitTitle, trimLabels } from './title.js';

describe('siteKeys', () => {
  it('names the site by its declared name and by its domain', () => {
    const keys = siteKeys('Wine Folly', 'https://www.soundcheckweekly.com/features/1');
    expect(isSiteLabel('Wine Folly', keys)).toBe(true);
    expect(isSiteLabel('SoundCheck Weekly', keys)).toBe(true);
    expect(isSiteLabel('SoundCheckWeekly.com', keys)).toBe(true);
    expect(isSiteLabel('Weekly Headphone Notes', keys)).toBe(false);
  });

  it('ignores hosts that name nothing and URLs that do not parse', () => {
    expect([...siteKeys(null, 'https://www.news.co.uk/a')]).toEqual(['newscouk']);
    expect(siteKeys(null, 'not a url').size).toBe(0);
  });
});

describe('splitTitle', () => {
  const keys = siteKeys('Freightwaves', 'https://www.freightwaves.com/x');

  it('cuts the site name wherever it stands, and section labels after the headline', () => {
    expect(splitTitle('Freightwaves - Movers in Ohio', keys).headline).toBe('Movers in Ohio');
    expect(splitTitle('How to help toddlers nap | Family Health | Riverside', keys)).toEqual({
      headline: 'How to help toddlers nap',
      labels: ['Family Health', 'Riverside'],
    });
  });

  it('keeps a title whose first part is too short to be the headline', () => {
    expect(splitTitle('Webcams - Yosemite National Park', keys).headline).toBe(
      'Webcams - Yosemite National Park',
    );
  });

  it('cuts "Site: " but not a colon inside a headline', () => {
    expect(splitTitle('Freightwaves: Movers in Ohio', keys).headline).toBe('Movers in Ohio');
    expect(splitTitle('Index Funds: How to Invest', keys).headline).toBe(
      'Index Funds: How to Invest',
    );
  });
});

describe('trimLabels', () => {
  const keys = siteKeys('Bread Dad', null);
  const labels = new Set(['myfavorites', 'opinion']);

  it('cuts learned labels at a pipe but keeps a subtitle after a dash', () => {
    expect(trimLabels('Why walking beats the gym | Opinion', labels, keys)).toBe(
      'Why walking beats the gym',
    );
    expect(trimLabels('Best Bread Machines – My Favorites!', labels, keys)).toBe(
      'Best Bread Machines – My Favorites!',
    );
  });

  it('cuts the site name after any separator, at either end', () => {
    expect(trimLabels('Bread Dad - Best Bread Machines', labels, keys)).toBe('Best Bread Machines');
    expect(trimLabels('Best Bread Machines – Bread Dad', labels, keys)).toBe('Best Bread Machines');
  });
});

describe('pickTitle rules', () => {
  it('drops a source note and comment count glued after the headline', () => {
    const title = pickTitle(
      [{ text: 'Grads Find Degrees No Longer Guarantee Jobs (latimes.com) 87', inChrome: false }],
      ['Grads Find Degrees No Longer Guarantee Jobs - Slashdot'],
      'Grads Find Degrees No Longer Guarantee Jobs - Slashdot',
      'Slashdot',
    );
    expect(title).toBe('Grads Find Degrees No Longer Guarantee Jobs');
  });

  it('keeps a bracketed phrase that is part of the headline', () => {
    const title = pickTitle(
      [{ text: 'What is SEO (Search Engine Optimization)?', inChrome: false }],
      [],
      'What is SEO? • Yoast',
      'Yoast',
    );
    expect(title).toBe('What is SEO (Search Engine Optimization)?');
  });

  it('prefers the metadata wording over an all-capitals heading', () => {
    const title = pickTitle(
      [{ text: 'SUPPORTING GAAP COMPLIANCE', inChrome: false }],
      ['GAAP Compliance: Applying Accounting Best Practices'],
      null,
      null,
    );
    expect(title).toBe('GAAP Compliance: Applying Accounting Best Practices');
  });

  it('prefers the <title> over og:title when no heading agrees', () => {
    const title = pickTitle(
      [{ text: 'Our Blog', inChrome: false }],
      ['How many wine styles are there?'],
      'A guide to wine styles | Wine School',
      null,
    );
    expect(title).toBe('A guide to wine styles');
  });
});

describe('pickTitle: labels before the headline', () => {
  it('drops a date a theme prints before the headline in the same <h1>', () => {
    const title = pickTitle(
      [{ text: 'Dec 18 2025 Preparing a transition in Debusine', inChrome: false }],
      ['Preparing a transition in Debusine'],
      "Preparing a transition in Debusine | Colin Watson's blog",
      "Colin Watson's blog",
    );
    expect(title).toBe('Preparing a transition in Debusine');
  });

  it('drops a short section label with a colon, but not a longer headline part', () => {
    const labelled = pickTitle(
      [{ text: 'Blog: Best Social Media Agencies in 2025', inChrome: false }],
      ['Best Social Media Agencies in 2025 | Silverback'],
      'Best Social Media Agencies in 2025 | Silverback',
      'Silverback',
    );
    expect(labelled).toBe('Best Social Media Agencies in 2025');
    const headline = pickTitle(
      [{ text: 'The Complete Guide to Wine: Types and Tasting', inChrome: false }],
      ['Types and Tasting'],
      null,
      null,
    );
    expect(headline).toBe('The Complete Guide to Wine: Types and Tasting');
  });

  it('learns a blog name from the <title> that og:title leaves out', () => {
    expect(learnPrefixLabels(['Lessons Learned: The lean startup', 'The lean startup'])).toEqual([
      'Lessons Learned',
    ]);
    // "Headline | Site" next to og:title "Site" names the site, not a label "Headline".
    expect(
      learnPrefixLabels(['Frame App Makes Old Hardware Useful | AppAddict', 'AppAddict']),
    ).toEqual([]);
    const title = pickTitle(
      [{ text: 'Lessons Learned', inChrome: false }],
      ['The lean startup'],
      'Lessons Learned: The lean startup',
      null,
      'http://www.startuplessonslearned.com/2008/09/lean-startup.html',
    );
    expect(title).toBe('The lean startup');
  });

  it('cuts a domain written before the headline without a separator', () => {
    const keys = siteKeys(null, 'https://davidbau.com/archives/2025/12/16/vibe_coding.html');
    expect(splitTitle('davidbau.com Vibe Coding', keys).headline).toBe('Vibe Coding');
    expect(splitTitle('example.com Vibe Coding', keys).headline).toBe('example.com Vibe Coding');
  });
});

describe('pickTitle: agreement', () => {
  it('takes no heading that shares a single word with the metadata titles', () => {
    const title = pickTitle(
      [{ text: 'VPN Services', inChrome: false }],
      [],
      'Private VPN Service Recommendations and Comparison - Privacy Guides',
      'Privacy Guides',
    );
    expect(title).toBe('Private VPN Service Recommendations and Comparison');
    const blog = pickTitle(
      [
        { text: 'Engora Data Blog', inChrome: false },
        { text: 'So many models!', inChrome: false },
      ],
      ['Small adventures with small language models'],
      'Engora Data Blog: Small adventures with small language models',
      null,
    );
    expect(blog).toBe('Small adventures with small language models');
  });

  it('still takes a reworded heading that shares two words or more', () => {
    const title = pickTitle(
      [{ text: 'The best CRM software for 2026', inChrome: false }],
      [],
      'Best CRM software for 2026: Top CRM Platforms Compared - Klaviyo',
      'Klaviyo',
    );
    expect(title).toBe('The best CRM software for 2026');
  });
});

describe('repairMojibake', () => {
  it('decodes UTF-8 that was read as Latin-1', () => {
    expect(repairMojibake('Investor\u00e2\u0080\u0099s Guide')).toBe('Investor\u2019s Guide');
  });

  it('leaves real Latin-1 letters and mixed text alone', () => {
    expect(repairMojibake('Crème brûlée à la carte')).toBe('Crème brûlée à la carte');
    expect(repairMojibake('Ã© and a real ’')).toBe('Ã© and a real ’');
  });
});
