/**
 * Screenshots of the main screens for a person to look at (layout, labels, nothing cut off):
 * written to screenshots/ at the repository root, which git ignores.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '../../server/config.ts';

export const SCREENSHOTS = path.join(repoRoot, 'screenshots');

export async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
