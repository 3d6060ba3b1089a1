/**
 * What every `xmppsec` subcommand receives and returns. Commands write through `out`/`err`
 * instead of `process.stdout` so tests can run them in-process and read what they print.
 */
export interface CliIo {
  /** Machine-readable or report output. */
  out: (text: string) => void;
  /** Progress, warnings and errors; progress lines may be rewritten on a terminal. */
  err: (text: string) => void;
  /** True when `err` is an interactive terminal: progress may redraw and use colour. */
  interactive: boolean;
  env: NodeJS.ProcessEnv;
}

export interface CliCommand {
  name: string;
  summary: string;
  /** Full usage text for `xmppsec <name> --help`. */
  usage: string;
  /** Returns the process exit code. */
  run: (args: string[], io: CliIo) => Promise<number>;
}

/** A user-caused CLI error: printed as `xmppsec: <message>` with exit code 2, no stack. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    interactive: Boolean(process.stderr.isTTY),
    env: process.env,
  };
}

/** Collects what a command prints, for tests. */
export function memoryIo(env: NodeJS.ProcessEnv = {}): CliIo & { stdout: () => string; stderr: () => string } {
  let stdout = '';
  let stderr = '';
  return {
    out: (text) => { stdout += text; },
    err: (text) => { stderr += text; },
    interactive: false,
    env,
    stdout: () => stdout,
    stderr: () => stderr,
  };
}

/** `--help`: the command's usage on standard output, exit code 0. */
export function printUsage(io: CliIo, usage: string): number {
  io.out(`${usage}\n`);
  return 0;
}
