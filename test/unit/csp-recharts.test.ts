/**
 * The charts on the assets page (recharts, decision 0027) live under a CSP that allows no inline
 * style but cytoscape's one sheet (server/http/hardening.ts). Styles set through element.style
 * (React's `style` prop, recharts' text measuring) are allowed; a `<style>` element, a style
 * attribute written as text or a constructed sheet are refused. If an upgrade of recharts or a
 * package it brings starts doing one of those, this fails here instead of as unstyled charts and
 * CSP errors in the browser (assets.e2e checks the console of the real page).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const REFUSED = [
  /createElement\(\s*['"]style['"]\s*\)/,
  /setAttribute\(\s*['"]style['"]/,
  /\binsertRule\(/,
  /adoptedStyleSheets/,
  /\.cssText\s*=/,
];

/** A package's folder as Node finds it from `from` (nested copy first); exports maps do not matter here. */
function packageDir(name: string, from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`${name} is not installed (from ${from})`);
  }
}

function scripts(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(m?js|cjs)$/.test(f));
}

it('recharts and the packages it runs with add no inline style the CSP refuses', () => {
  const recharts = packageDir('recharts', process.cwd());
  const manifest = JSON.parse(fs.readFileSync(path.join(recharts, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const dirs = [path.join(recharts, 'es6'), ...Object.keys(manifest.dependencies).map((d) => packageDir(d, recharts))];
  let files = 0;
  const found: string[] = [];
  for (const dir of dirs)
    for (const file of scripts(dir)) {
      files++;
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const pattern of REFUSED)
        if (pattern.test(source)) found.push(`${path.relative(recharts, dir)}/${file}: ${pattern}`);
    }
  expect(files).toBeGreaterThan(100);
  expect(found).toEqual([]);
});

it('finds such code where it is (the check can fail)', () => {
  expect(REFUSED.some((p) => p.test("const s = document.createElement('style');"))).toBe(true);
  expect(REFUSED.some((p) => p.test("span.setAttribute('style', 'width: 3px')"))).toBe(true);
});
