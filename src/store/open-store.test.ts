import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from './open-store.js';

describe('openStore', () => {
  it('creates the folder of a new SQLite database', async () => {
    const root = mkdtempSync(join(tmpdir(), 'storyline-open-'));
    const path = join(root, 'runs', 'today', 'db.sqlite');
    const store = await openStore(path);
    await store.close();
    expect(existsSync(path)).toBe(true);
    rmSync(root, { recursive: true, force: true });
  });

  it('still fails with one clear line where no folder can be made', async () => {
    await expect(openStore('/proc/no-such/x.db')).rejects.toThrow(/Cannot open database/);
  });
});
