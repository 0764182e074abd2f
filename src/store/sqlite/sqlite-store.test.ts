import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeContract } from '../store-contract.js';
import { SqliteStore } from './sqlite-store.js';

storeContract('sqlite', async () => new SqliteStore(':memory:'));

describe('SqliteStore', () => {
  it('persists across reopen of the same file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'storyline-')), 'test.db');
    const first = new SqliteStore(path);
    await first.putState('k', 'v');
    await first.close();
    const second = new SqliteStore(path);
    expect(await second.getState('k')).toBe('v');
    await second.close();
  });

  it('refuses a path it cannot open with an actionable error', () => {
    expect(() => new SqliteStore('/nonexistent-dir/x/y.db')).toThrow(/Cannot open database/);
  });
});
