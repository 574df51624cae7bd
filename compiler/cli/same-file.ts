/**
 * Refusing an output that is one of the command's inputs (`compile --emit ir -o spec.flow`, `plot training
 * --history h.json -o h.json`): writing it would destroy the input. "The same file" is decided by device and
 * inode, so `./x`, a symlink or a hard link to the input is caught as well as the same spelling.
 */
import { statSync, type Stats } from 'node:fs';
import { UserError } from './io.js';

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

const sameFile = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino;

type Paths = readonly (string | undefined)[];

/**
 * Throws a UserError (exit 2) when an existing output is the same file as an existing input. Outputs that do
 * not exist yet cannot be an input; inputs that do not exist are left for the reader to report.
 */
export function refuseOutputOverInput(command: string, outputs: Paths, inputs: Paths): void {
  const existingInputs = inputs.flatMap((path) => {
    const stats = path === undefined ? undefined : statOrUndefined(path);
    return stats ? [{ path: path!, stats }] : [];
  });
  for (const output of outputs) {
    const stats = output === undefined ? undefined : statOrUndefined(output);
    const input = stats && existingInputs.find((i) => sameFile(i.stats, stats));
    if (input) throw new UserError(`flowc ${command}: the output '${output}' is the input '${input.path}'; writing it would destroy the input; choose another output path`, 2);
  }
}
