// Every `import … from 'zod'` in the app resolves here (an alias in vite.config.ts), so zod is
// set up before any schema is built, wherever zod first loads: after unlocking, not with the
// lock screen. zod compiles fast parsers with `new Function` when it may; the
// Content-Security-Policy forbids eval (docs/security.md), and even zod's probe for it is
// reported as a violation, so it runs jitless.
import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
export { z, z as default };
