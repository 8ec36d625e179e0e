/**
 * The CSP allows exactly one inline stylesheet, cytoscape's, by its hash (server/http/hardening.ts).
 * If a cytoscape upgrade changes that rule, this fails here rather than as blocked styles in the
 * browser.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { CYTOSCAPE_STYLE } from '../../server/http/hardening.ts';

it('matches the stylesheet the installed cytoscape adds', () => {
  const require = createRequire(import.meta.url);
  const source = fs.readFileSync(require.resolve('cytoscape'), 'utf8');
  const className = /var className = '(_+cytoscape_container)';/.exec(source)?.[1];
  expect(source).toContain("stylesheet.textContent = '.' + className + ' { position: relative; }';");
  expect(`.${className} { position: relative; }`).toBe(CYTOSCAPE_STYLE);
});
