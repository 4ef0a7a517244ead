import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMissingTools, parseToolList, type ToolProbe } from '../../scripts/lib/test-tools.ts';

const list = readFileSync(new URL('../../.ci/test-tools.txt', import.meta.url), 'utf8');

describe('npm test names the missing browsers and tools before it starts', () => {
  it('reads every package and its check from .ci/test-tools.txt', () => {
    const tools = parseToolList(list);
    expect(tools.map((tool) => tool.package)).toEqual(expect.arrayContaining(['chromium', 'firefox-esr', 'default-jre-headless', 'nginx-light']));
    expect(tools.find((tool) => tool.package === 'fonts-noto-cjk')?.check).toBe('font:Noto Sans CJK');
  });

  it('finds exactly the tools a bare machine lacks, in list order', () => {
    const bare: ToolProbe = { isExecutable: (path) => path === '/usr/bin/chromium', onPath: (command) => command === 'java', hasFont: () => false };
    const missing = findMissingTools(
      parseToolList('chromium /usr/bin/chromium\nxvfb Xvfb\n# a comment\n\ndefault-jre-headless java\nfonts-noto-cjk font:Noto Sans CJK\n'),
      bare,
    );
    expect(missing.map((tool) => tool.package)).toEqual(['xvfb', 'fonts-noto-cjk']);
  });

  it('refuses a line without a check, naming it', () => {
    expect(() => parseToolList('chromium\n')).toThrow('.ci/test-tools.txt: expected "package check", got "chromium"');
  });
});
