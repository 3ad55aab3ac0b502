import { z } from 'zod';

// zod compiles fast parsers with `new Function` when it may; the Content-Security-Policy
// forbids eval (docs/security.md), and even zod's probe for it is reported as a violation.
// This runs before any schema is built: SvelteKit loads client hooks before the app's pages.
z.config({ jitless: true });
