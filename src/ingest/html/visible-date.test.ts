import { describe, expect, it } from 'vitest';
import {
  bylineDateMatch,
  labelledPublishedDate,
  labelledUpdatedMatch,
  visibleDate,
  visibleDateMatch,
} from './visible-date.js';

describe('visibleDate', () => {
  it('reads a date glued to the byline before it (issue 3)', () => {
    // WCXB 0098, 4558, 4679: CMS templates print name and date with no space between.
    expect(
      visibleDate(
        'The 16 Best Clothing Subscription Boxes \n ByKathryn GiuffridaMar 5, 2025 | 6 comments',
        'The 16 Best Clothing Subscription Boxes',
        true,
      )?.value,
    ).toBe('2025-03-05');
    expect(
      visibleDate(
        'Mental HealthDECEMBER 22, 2022Updated: JANUARY 02, 2026 \n 10 ways meditation',
        '10 ways meditation',
        true,
      ),
    ).toEqual({ value: '2022-12-22', label: null });
    expect(visibleDate('DIY Guide \n Yucy3/4/2025 \n Shares', 'DIY Guide', true)?.value).toBe(
      '2025-03-04',
    );
  });

  it('does not start a date inside a lower-case word', () => {
    expect(visibleDate('Headline \n to our dismay 5, 2024 readers', 'Headline', true)).toBeNull();
  });

  it('skips a date in running prose for the date line before the headline', () => {
    // WCXB 0392: the article's first paragraph dates an event; the date line sits above.
    const prose =
      'The enrolment period, which opened on Wednesday, December 17 2025, runs until Tuesday, ' +
      'January 6 2026, and classes begin the week after, at the institute on the main road.';
    const page = `Press Release \n December 19, 2025 \n Enrolment now open \n ${prose}`;
    expect(visibleDate(page, 'Enrolment now open', true)?.value).toBe('2025-12-19');
  });

  it('a short paragraph of two sentences is prose, not a date line', () => {
    // WCXB 0179: the tax deadline is not the page's date; "Page last modified" is, further down.
    const page =
      'Guide to filing your taxes in 2025 \n 2025 tax deadlines \n The end of the 2025 tax season ' +
      'for most Americans is April 15, 2025. If you are unable to file, you have options.';
    expect(visibleDate(page, 'Guide to filing your taxes in 2025', true)).toBeNull();
    expect(visibleDate('Guide \n Jan. 17, 2025 \n Body', 'Guide', true)?.value).toBe('2025-01-17');
  });

  it('tries the next headline when the first has no date line', () => {
    // WCXB 0192: the first <h1> is the search box.
    const page =
      'Search \n Psychiatrists \n Education \n Trends in Psychiatry \n December 24, 2024';
    expect(visibleDateMatch(page, ['Search', 'Trends in Psychiatry'], true)).toEqual({
      value: '2024-12-24',
      label: null,
      text: 'December 24, 2024',
    });
  });
});

describe('labelledPublishedDate', () => {
  it('ignores a label in running prose', () => {
    // WCXB 4058: the page cites a study; its own date is elsewhere.
    const prose =
      'Exercise eases depression, a review of many prior studies suggests. The analysis, ' +
      'published online Feb. 16, 2023, by the British Journal of Sports Medicine, used 97 reviews.';
    expect(labelledPublishedDate(prose, true)).toBeNull();
    expect(labelledPublishedDate(`${prose} \n Published on July 1, 2023`, true)).toBe('2023-07-01');
  });

  it('ignores "last published", which dates a site, not the article', () => {
    // WCXB 4460 (Medium): "Last published Apr 8, 2024" is the publication's latest post.
    expect(labelledPublishedDate('Startup lessons \n Last published Apr 8, 2024', true)).toBeNull();
  });
});

describe('labelledUpdatedMatch', () => {
  it('finds a revision date anywhere on the page', () => {
    // WCXB 0341: the only date of the page, at its foot.
    const page = `Webcams \n ${'Yosemite webcam views. \n '.repeat(40)}Last updated: November 13, 2025`;
    expect(labelledUpdatedMatch(page, true)?.value).toBe('2025-11-13');
    expect(labelledUpdatedMatch('Webcams \n November 13, 2025', true)).toBeNull();
  });
});

describe('visibleDate: nearest date line', () => {
  it('takes the date line just above the headline over a sidebar date below it', () => {
    // WCXB 0277: breadcrumb, date line, then the headline; "Most Popular" follows the byline.
    const page =
      'Home > Blog > Mobile Marketing \n January 16, 2025 \n 11 min read \n Types of Mobile Apps \n' +
      ' Written by: Shivkumar M \n Table of Contents \n Share it now! \n Most Popular \n' +
      ' Mobile App Marketing Guide \n Subharun Mukherjee |July 15, 2025';
    expect(visibleDate(page, 'Types of Mobile Apps', true)?.value).toBe('2025-01-16');
  });
});

describe('bylineDateMatch', () => {
  it('reads the date of a byline that closes the article', () => {
    // WCXB 0233 and 4371.
    expect(
      bylineDateMatch(
        '… comprehensive. \n Written by Moses Kim and Kate Shokurova \n April 8, 2024',
        true,
      )?.value,
    ).toBe('2024-04-08');
    expect(
      bylineDateMatch(
        'Interview by Sylvia Bishop \n December 3, 2025. Updated: December 7, 2025',
        true,
      )?.value,
    ).toBe('2025-12-03');
    // "by" inside a sentence is no byline.
    expect(bylineDateMatch('Prices rose by 3% on March 3, 2024', true)).toBeNull();
  });
});
