import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { UsageError, type CliCommand, type CliIo } from '../../cli/command.ts';
import { formatIssue } from './issues.ts';
import type { Threat } from './model.ts';
import { readRegisterDir, readRegisterPaths, RegisterFilesError, SEED_DIR } from './register-files.ts';
import { renderRegister, renderTreeSvgFiles } from './register-render.ts';
import { importRegister, isThreatFileName, type ImportResult } from './register-yaml.ts';

/**
 * `xmppsec threats render` and `xmppsec threats validate`, working on a folder of YAML files
 * without a database (the lead mounts them under `threats`).
 */

const RENDER_USAGE = `Usage: xmppsec threats render [--format html|md] [--out FILE] [--dir DIR] [options]

Renders the threat register from a folder of YAML files (one <slug>.yaml per threat).

Options:
  --format html|md       output format (default: html)
  --out FILE             write to FILE instead of standard output
  --dir DIR              the register folder (default: the register shipped with xmppsec)
  --version LABEL        the version label printed in the document (default: draft)
  --published DATE       the publication date printed with the version
  --previous DIR         a folder with the previous published version, to list the changes
  --previous-version L   that version's label (default: previous)
  --stylesheet HREF      html: link this stylesheet instead of embedding the CSS
  --images DIR           md: write one SVG per threat into DIR and refer to it (default: inline SVG)
  -h, --help             show this help
`;

const VALIDATE_USAGE = `Usage: xmppsec threats validate [--json] <dir|file>...

Checks threat files: YAML syntax, every template field, and the attack tree (unknown or duplicate
nodes, cycles, missing gates, gates on leaves, leaves without estimates, bad estimates). Errors
name the node and give file:line:column. Exit status 0 when everything is valid, 1 otherwise.

Options:
  --json                 print the result as JSON
  -h, --help             show this help
`;

function parse<T extends ParseArgsOptionsConfig>(args: string[], options: T, allowPositionals: boolean) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function loadFolder(dir: string, io: CliIo, what: string): Promise<Threat[]> {
  let files: Map<string, string>;
  try {
    files = await readRegisterDir(dir);
  } catch (error) {
    if (error instanceof RegisterFilesError) throw new UsageError(error.message);
    throw error;
  }
  const result = importRegister(files);
  if (!result.ok) {
    printIssues(result, io, dir);
    throw new UsageError(`${what} in ${dir} has errors; run xmppsec threats validate ${dir}`);
  }
  return result.threats;
}

function printIssues(result: ImportResult, io: CliIo, dir?: string): void {
  for (const { file, issues } of result.errors) {
    const shown = dir === undefined ? file : join(dir, file);
    for (const issue of issues) io.err(`${formatIssue(issue, shown)}\n`);
  }
}

export const threatsRenderCommand: CliCommand = {
  name: 'render',
  summary: 'Render the threat register from YAML files as HTML or Markdown',
  usage: RENDER_USAGE,
  async run(args, io) {
    const { values } = parse(
      args,
      {
        format: { type: 'string', default: 'html' },
        out: { type: 'string' },
        dir: { type: 'string' },
        version: { type: 'string', default: 'draft' },
        published: { type: 'string' },
        previous: { type: 'string' },
        'previous-version': { type: 'string', default: 'previous' },
        stylesheet: { type: 'string' },
        images: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      false,
    );
    if (values.help) {
      io.out(RENDER_USAGE);
      return 0;
    }
    const format = values.format;
    if (format !== 'html' && format !== 'md') throw new UsageError(`--format is html or md, not "${String(format)}"`);
    if (values.images !== undefined && format !== 'md') throw new UsageError('--images applies to --format md only');
    if (values.stylesheet !== undefined && format !== 'html') throw new UsageError('--stylesheet applies to --format html only');

    const dir = typeof values.dir === 'string' ? values.dir : SEED_DIR;
    const threats = await loadFolder(dir, io, 'the register');
    const previousDir = typeof values.previous === 'string' ? values.previous : undefined;
    const previous = previousDir
      ? { version: String(values['previous-version']), threats: await loadFolder(previousDir, io, 'the previous version') }
      : undefined;

    const out = typeof values.out === 'string' ? values.out : undefined;
    const images = typeof values.images === 'string' ? values.images : undefined;
    let treeImageHref: ((slug: string) => string) | undefined;
    if (images !== undefined) {
      await mkdir(images, { recursive: true });
      for (const [name, svg] of renderTreeSvgFiles(threats)) await writeFile(join(images, name), svg);
      const base = relative(out ? dirname(resolve(out)) : process.cwd(), resolve(images)).split('\\').join('/');
      treeImageHref = (slug) => `${base === '' ? '.' : base}/${slug}.svg`;
      io.err(`wrote ${threats.length} SVG files to ${images}\n`);
    }

    const document = renderRegister(threats, {
      format,
      version: String(values.version),
      ...(typeof values.published === 'string' ? { publishedAt: values.published } : {}),
      ...(previous ? { previous } : {}),
      ...(typeof values.stylesheet === 'string' ? { stylesheetHref: values.stylesheet } : { standalone: true }),
      ...(treeImageHref ? { treeImageHref } : {}),
    });
    if (out === undefined) {
      io.out(document);
    } else {
      await writeFile(out, document);
      io.err(`wrote ${basename(out)}: ${threats.length} threats, ${Buffer.byteLength(document)} bytes\n`);
    }
    return 0;
  },
};

export const threatsValidateCommand: CliCommand = {
  name: 'validate',
  summary: 'Check threat YAML files and their attack trees',
  usage: VALIDATE_USAGE,
  async run(args, io) {
    const { values, positionals } = parse(args, { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, true);
    if (values.help) {
      io.out(VALIDATE_USAGE);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('give at least one folder or file to validate');
    let files: Map<string, string>;
    try {
      files = await readRegisterPaths(positionals);
    } catch (error) {
      if (error instanceof RegisterFilesError) throw new UsageError(error.message);
      throw error;
    }
    const result = importRegister(files);
    const skipped = [...files.keys()].filter((f) => !isThreatFileName(f));
    for (const file of skipped) {
      result.errors.push({ file, issues: [{ code: 'not-a-threat-file', path: [], message: 'not a .yaml or .yml file' }] });
    }
    const ok = result.errors.length === 0;
    if (values.json) {
      io.out(
        `${JSON.stringify(
          { ok, threats: result.threats.map((t) => t.slug), errors: result.errors },
          null,
          2,
        )}\n`,
      );
    } else {
      printIssues(result, io);
      const bad = result.errors.length;
      io.out(
        ok
          ? `${result.threats.length} threat${result.threats.length === 1 ? '' : 's'} valid\n`
          : `${bad} file${bad === 1 ? '' : 's'} with errors, ${result.threats.length} valid\n`,
      );
    }
    return ok ? 0 : 1;
  },
};

export const threatsCommands: readonly CliCommand[] = [threatsRenderCommand, threatsValidateCommand];
