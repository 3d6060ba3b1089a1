import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { UsageError } from './command.ts';

/** `parseArgs` with its errors turned into usage errors a person can read. */
export function parseCommandArgs<const O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
}

export const helpOption = { help: { type: 'boolean', short: 'h' } } as const;
export const jsonOption = { json: { type: 'boolean' } } as const;
export const dataDirOption = { 'data-dir': { type: 'string' } } as const;
