import type { CliCommand } from './command.ts';
import { UsageError } from './command.ts';

/** `xmppsec <group> <action> …`: one command made of several, each with its own --help. */
export function commandGroup(name: string, summary: string, actions: readonly CliCommand[], extraUsage = ''): CliCommand {
  const width = Math.max(...actions.map((action) => action.name.length));
  const usage = `Usage: xmppsec ${name} <action> [options]    (xmppsec ${name} <action> --help for details)

Actions:
${actions.map((action) => `  ${action.name.padEnd(width)}  ${action.summary}`).join('\n')}${extraUsage ? `\n\n${extraUsage}` : ''}`;
  return {
    name,
    summary,
    usage,
    async run(args, io) {
      const [actionName, ...rest] = args;
      if (actionName === undefined || actionName === '--help' || actionName === '-h') {
        io.out(`${usage}\n`);
        return actionName === undefined ? 2 : 0;
      }
      const action = actions.find((candidate) => candidate.name === actionName);
      if (!action) throw new UsageError(`Unknown action "${name} ${actionName}". Try xmppsec ${name} --help.`);
      return action.run(rest, io);
    },
  };
}
