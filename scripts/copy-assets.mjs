// Build step: copy the web app's static files next to the compiled server (tsc copies only .ts).
import { cpSync } from 'node:fs';

cpSync('src/serve/web', 'dist/serve/web', { recursive: true });
