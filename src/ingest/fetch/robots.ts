/**
 * robots.txt (RFC 9309): the group for our product token, else `*`; the longest matching
 * rule wins, `allow` wins a tie; `*` matches any run of characters and a trailing `$` anchors.
 */
export interface RobotsRule {
  allow: boolean;
  pattern: string;
}

/** The product token matched against `User-agent:` lines (case-insensitive). */
export const ROBOTS_AGENT = 'storyline';

/** Rules that apply to `agent`; an empty list allows everything. */
export function parseRobots(text: string, agent: string = ROBOTS_AGENT): RobotsRule[] {
  const groups: { agents: string[]; rules: RobotsRule[] }[] = [];
  let current: { agents: string[]; rules: RobotsRule[] } | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n|\r/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const match = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!match) continue;
    const field = match[1]!.toLowerCase();
    const value = match[2]!.trim();
    if (field === 'user-agent') {
      // Consecutive user-agent lines share one group.
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
    } else if ((field === 'allow' || field === 'disallow') && current) {
      lastWasAgent = false;
      // "Disallow:" with no path allows everything: no rule.
      if (value !== '') current.rules.push({ allow: field === 'allow', pattern: value });
    } else lastWasAgent = false;
  }
  const token = agent.toLowerCase();
  const own = groups.filter((group) =>
    group.agents.some((name) => name !== '*' && token.startsWith(name)),
  );
  const chosen = own.length > 0 ? own : groups.filter((group) => group.agents.includes('*'));
  return chosen.flatMap((group) => group.rules);
}

function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const source = body
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}${anchored ? '$' : ''}`).test(path);
}

/** Whether `pathAndQuery` ("/news/a?x=1") may be fetched under `rules`. */
export function robotsAllows(rules: readonly RobotsRule[], pathAndQuery: string): boolean {
  if (pathAndQuery === '/robots.txt') return true;
  let best: RobotsRule | null = null;
  for (const rule of rules) {
    if (!matches(rule.pattern, pathAndQuery)) continue;
    const longer = !best || rule.pattern.length > best.pattern.length;
    const tieAllow = best !== null && rule.pattern.length === best.pattern.length && rule.allow;
    if (longer || tieAllow) best = rule;
  }
  return best === null || best.allow;
}
