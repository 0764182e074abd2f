import { describe, expect, it } from 'vitest';
import { parseRobots, robotsAllows } from './robots.js';

const ROBOTS = `# example
User-agent: *
Disallow: /private/
Allow: /private/press/
Disallow: /*.pdf$

User-agent: BadBot
User-agent: Storyline
Disallow: /news/drafts
`;

describe('robots.txt', () => {
  it('uses the group naming us, not the * group', () => {
    const rules = parseRobots(ROBOTS);
    expect(robotsAllows(rules, '/news/drafts/1')).toBe(false);
    expect(robotsAllows(rules, '/private/x')).toBe(true);
  });

  it('takes the longest match, allow on ties, wildcards and $ anchors', () => {
    const rules = parseRobots(ROBOTS, 'otherbot');
    expect(robotsAllows(rules, '/private/x')).toBe(false);
    expect(robotsAllows(rules, '/private/press/release')).toBe(true);
    expect(robotsAllows(rules, '/files/report.pdf')).toBe(false);
    expect(robotsAllows(rules, '/files/report.pdf?x=1')).toBe(true);
    expect(robotsAllows(rules, '/robots.txt')).toBe(true);
  });

  it('allows everything for an empty Disallow or a file without our group or *', () => {
    expect(robotsAllows(parseRobots('User-agent: *\nDisallow:\n'), '/a')).toBe(true);
    expect(robotsAllows(parseRobots('User-agent: other\nDisallow: /\n'), '/a')).toBe(true);
    expect(robotsAllows(parseRobots('User-agent: *\nDisallow: /\n'), '/a')).toBe(false);
  });
});
