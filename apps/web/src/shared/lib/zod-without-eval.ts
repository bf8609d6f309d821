import { config } from 'zod/v4/core';

// The server's Content-Security-Policy forbids eval. zod compiles object schemas with `new Function`
// when it may, and its probe alone is reported as a CSP violation: it must never try. Imported first
// by main.tsx, because the setting is read when a schema is created.
config({ jitless: true });
