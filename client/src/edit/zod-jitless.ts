/**
 * Zod compiles an object parser with `new Function` when it may, and decides that when the schema
 * is built: merely asking whether it may is a script-src 'unsafe-eval' violation under the page's
 * CSP (server/http/hardening.ts). So the browser parses without compiling, and this must run
 * before any schema the forms share is built: client-checks.ts imports it first. The server keeps
 * zod's compiled parsers (imports of large files are parsed there).
 */
import { z } from 'zod';

z.config({ jitless: true });
