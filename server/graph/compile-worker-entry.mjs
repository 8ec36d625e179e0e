// Worker threads do not inherit the parent's TypeScript loader in every launcher (vitest, plain
// node), so the worker registers tsx itself before loading the TypeScript worker module.
import { register } from 'tsx/esm/api';

register();
await import('./compile-worker.ts');
