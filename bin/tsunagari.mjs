#!/usr/bin/env node
// The `tsunagari` command (package.json "bin"): runs the TypeScript CLI through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/tsunagari.ts');
