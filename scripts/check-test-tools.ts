// npm test's first step: the browsers, Java, nginx and the rest that the tests drive are Debian packages, not npm ones.
// Where one is missing, stop at once with one message naming them and the command that installs them, rather than let
// forty tests fail to launch. The list is .ci/test-tools.txt, which .ci/run installs from.
import { accessSync, constants, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { findMissingTools, parseToolList, type ToolProbe } from './lib/test-tools.ts';

const probe: ToolProbe = {
  isExecutable(path) {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false; // absent or not executable: either way, missing
    }
  },
  onPath(command) {
    return (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && probe.isExecutable(join(dir, command)));
  },
  hasFont(name) {
    try {
      return execFileSync('fc-list', { encoding: 'utf8' }).toLowerCase().includes(name.toLowerCase());
    } catch {
      return false; // no fontconfig: no fonts either
    }
  },
};

const missing = findMissingTools(parseToolList(readFileSync(new URL('../.ci/test-tools.txt', import.meta.url), 'utf8')), probe);
if (missing.length > 0) {
  const packages = missing.map((tool) => tool.package).join(' ');
  console.error(
    `npm test needs ${missing.map((tool) => `${tool.package} (${tool.check})`).join(', ')}, which this machine lacks.\n` +
      `Install them with \`sudo bash .ci/run\` (installs what is missing, then runs npm test) or ` +
      `\`sudo apt-get install --no-install-recommends ${packages}\`.`,
  );
  process.exit(1);
}
