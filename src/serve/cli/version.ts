/** Keep in sync with package.json "version" (checked by cli.test.ts). */
export const VERSION = '0.1.0';
