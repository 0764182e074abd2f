/**
 * The honest User-Agent: product token, version and where to read about the crawler, so a
 * site owner can find us and write a robots.txt rule for "Storyline".
 */
import { readFileSync } from 'node:fs';

/** Keep in sync with package.json "repository" once it has one. */
export const PROJECT_URL = 'https://github.com/storyline/storyline';

// src/ingest/fetch/ and dist/ingest/fetch/ both sit three levels below package.json.
function packageVersion(): string {
  try {
    const url = new URL('../../../package.json', import.meta.url);
    return (JSON.parse(readFileSync(url, 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export const DEFAULT_USER_AGENT = `Storyline/${packageVersion()} (+${PROJECT_URL})`;
