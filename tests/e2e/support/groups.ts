import type { Locator } from 'playwright-core';

/**
 * Radio buttons and checkboxes in `root` that no named group holds, read from the accessibility
 * tree (Playwright's ARIA snapshot): each must sit inside a `group` or `radiogroup` with a
 * non-empty accessible name — what a screen reader announces as the question. Returns the
 * offending lines and how many controls were seen.
 */
export async function unnamedChoiceGroups(root: Locator): Promise<{ controls: number; unnamed: string[] }> {
  const lines = (await root.ariaSnapshot()).split('\n');
  const unnamed: string[] = [];
  let controls = 0;
  lines.forEach((line, i) => {
    if (!/^\s*- (radio|checkbox)\b/.test(line)) return;
    controls++;
    const indent = line.search(/\S/);
    let level = indent;
    for (let j = i - 1; j >= 0; j--) {
      const l = lines[j]!;
      const ind = l.search(/\S/);
      if (ind >= level) continue;
      level = ind;
      if (/^\s*- (group|radiogroup) "[^"]+"/.test(l)) return;
    }
    unnamed.push(line.trim());
  });
  return { controls, unnamed };
}
