/** A Debian package the tests need, and how to tell it is installed. */
export interface TestTool {
  readonly package: string;
  /** An absolute path (an executable file), a bare command name (on PATH) or `font:NAME`. */
  readonly check: string;
}

/** How the machine is asked; a test passes its own. */
export interface ToolProbe {
  isExecutable(path: string): boolean;
  onPath(command: string): boolean;
  hasFont(name: string): boolean;
}

/** Reads .ci/test-tools.txt: one `package check` per line; blank lines and `#` comments are skipped. */
export function parseToolList(text: string): TestTool[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = /^(\S+)\s+(.+)$/.exec(line);
      if (!match?.[1] || !match[2]) throw new Error(`.ci/test-tools.txt: expected "package check", got "${line}"`);
      return { package: match[1], check: match[2].trim() };
    });
}

/** Returns the tools the probe cannot find, in list order. */
export function findMissingTools(tools: readonly TestTool[], probe: ToolProbe): TestTool[] {
  return tools.filter(({ check }) => {
    if (check.startsWith('font:')) return !probe.hasFont(check.slice('font:'.length));
    if (check.startsWith('/')) return !probe.isExecutable(check);
    return !probe.onPath(check);
  });
}
