import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { cliActor } from '../../authz/actor.ts';
import { UsageError, type CliCommand, type CliIo } from '../../cli/command.ts';
import { AppError } from '../../errors.ts';
import { withRuntime } from '../../cli/with-runtime.ts';
import { formatIssue } from './issues.ts';
import type { Threat } from './model.ts';
import { readRegisterDir, readRegisterPaths, RegisterFilesError, SEED_DIR } from './register-files.ts';
import { renderRegister, renderTreeSvgFiles } from './register-render.ts';
import { importRegister, isThreatFileName, type FileIssues, type ImportResult } from './register-yaml.ts';
import type { RenderedRegister, RenderOptions } from './service.ts';

/**
 * `xmppsec threats …`: render and validate work on a folder of YAML files without a database;
 * import, export, publish (and render without --dir) work on the register in the database.
 */

const DATABASE_NOTE = 'The database is the embedded one in --data-dir (default ./data), or PostgreSQL when DATABASE_URL is set.';

const RENDER_USAGE = `Usage: xmppsec threats render [--format html|md] [--out FILE] [options]

Renders the threat register: from the database (the latest published version, or --version N),
or with --dir from a folder of YAML files (one <slug>.yaml per threat).

Options:
  --format html|md       output format (default: html)
  --out FILE             write to FILE instead of standard output
  --stylesheet HREF      html: link this stylesheet instead of embedding the CSS
  --images DIR           md: write one SVG per threat into DIR and refer to it (default: inline SVG)
  -h, --help             show this help

From the database:
  --version N            the published version to render (default: the latest)
  --unpublished          render what the next publication would contain instead
  --drafts               with --unpublished: include the drafts (the team's whole working register)
  --data-dir DIR         ${DATABASE_NOTE}

From a folder:
  --dir DIR              the register folder (the register shipped with xmppsec is ${SEED_DIR})
  --version LABEL        the version label printed in the document (default: draft)
  --published DATE       the publication date printed with the version
  --previous DIR         a folder with the previous published version, to list the changes
  --previous-version L   that version's label (default: previous)
`;

const IMPORT_USAGE = `Usage: xmppsec threats import [--reason TEXT] [--data-dir DIR] [--json] <dir>

Loads a folder of threat files (<slug>.yaml) into the database: new threats are added, changed ones
get a new revision with the reason, equal ones are left alone. Threats the folder does not mention
stay as they are. Any invalid file rejects the whole import; nothing is written then.

Options:
  --reason TEXT          kept with every revision made (default: "Imported from YAML files")
  --data-dir DIR         ${DATABASE_NOTE}
  --json                 print the result as JSON
  -h, --help             show this help
`;

const EXPORT_USAGE = `Usage: xmppsec threats export [--data-dir DIR] [--json] <dir>

Writes every threat's latest revision (drafts included) as <slug>.yaml into the folder, created when
missing, so the register can be kept in git. Other files in the folder are left alone.

Options:
  --data-dir DIR         ${DATABASE_NOTE}
  --json                 print the result as JSON
  -h, --help             show this help
`;

const PUBLISH_USAGE = `Usage: xmppsec threats publish [--notes TEXT] [--data-dir DIR] [--json]

Publishes the next numbered version of the register: every threat's latest reviewed or retired
revision. Refused when nothing changed since the last version.

Options:
  --notes TEXT           what this version is about, shown with it
  --data-dir DIR         ${DATABASE_NOTE}
  --json                 print the result as JSON
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

function printIssues(result: { errors: readonly FileIssues[] } | ImportResult, io: CliIo, dir?: string): void {
  for (const { file, issues } of result.errors) {
    const shown = dir === undefined ? file : join(dir, file);
    for (const issue of issues) io.err(`${formatIssue(issue, shown)}\n`);
  }
}

export const threatsRenderCommand: CliCommand = {
  name: 'render',
  summary: 'Render the threat register (from the database, or a YAML folder) as HTML or Markdown',
  usage: RENDER_USAGE,
  async run(args, io) {
    const { values } = parse(
      args,
      {
        format: { type: 'string', default: 'html' },
        out: { type: 'string' },
        dir: { type: 'string' },
        version: { type: 'string' },
        unpublished: { type: 'boolean' },
        drafts: { type: 'boolean' },
        'data-dir': { type: 'string' },
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

    const out = typeof values.out === 'string' ? values.out : undefined;
    const images = typeof values.images === 'string' ? values.images : undefined;
    // Markdown refers to the images by a path relative to where the document is written.
    const imageBase = images === undefined ? undefined : relative(out ? dirname(resolve(out)) : process.cwd(), resolve(images)).split('\\').join('/');
    const treeImageHref = imageBase === undefined ? undefined : (slug: string) => `${imageBase === '' ? '.' : imageBase}/${slug}.svg`;
    const writeImages = async (threats: readonly Threat[]) => {
      if (images === undefined) return;
      await mkdir(images, { recursive: true });
      for (const [name, svg] of renderTreeSvgFiles(threats)) await writeFile(join(images, name), svg);
      io.err(`wrote ${threats.length} SVG files to ${images}\n`);
    };

    let document: string;
    let threats: readonly Threat[];
    if (typeof values.dir === 'string') {
      if (values.unpublished || values.drafts || values['data-dir'] !== undefined) {
        throw new UsageError('--unpublished, --drafts and --data-dir read the database; leave out --dir');
      }
      threats = await loadFolder(values.dir, io, 'the register');
      const previousDir = typeof values.previous === 'string' ? values.previous : undefined;
      const previous = previousDir
        ? { version: String(values['previous-version']), threats: await loadFolder(previousDir, io, 'the previous version') }
        : undefined;
      await writeImages(threats);
      document = renderRegister(threats, {
        format,
        version: values.version ?? 'draft',
        ...(typeof values.published === 'string' ? { publishedAt: values.published } : {}),
        ...(previous ? { previous } : {}),
        ...(typeof values.stylesheet === 'string' ? { stylesheetHref: values.stylesheet } : { standalone: true }),
        ...(treeImageHref ? { treeImageHref } : {}),
      });
    } else {
      for (const folderOnly of ['published', 'previous'] as const) {
        if (values[folderOnly] !== undefined) throw new UsageError(`--${folderOnly} applies to --dir only`);
      }
      if (args.some((arg) => arg === '--previous-version' || arg.startsWith('--previous-version='))) throw new UsageError('--previous-version applies to --dir only');
      if (values.drafts && !values.unpublished) throw new UsageError('--drafts applies to --unpublished only');
      if (values.unpublished && values.version !== undefined) throw new UsageError('--version and --unpublished exclude each other');
      const version = values.version === undefined ? undefined : Number(values.version);
      if (version !== undefined && (!Number.isSafeInteger(version) || version < 1)) {
        throw new UsageError(`--version is the number of a published version, not "${values.version}"`);
      }
      const options: RenderOptions = {
        format,
        ...(typeof values.stylesheet === 'string' ? { stylesheetHref: values.stylesheet } : {}),
        ...(treeImageHref ? { treeImageHref } : {}),
      };
      const rendered: RenderedRegister = await withRuntime(io, values['data-dir'], (runtime) =>
        values.unpublished
          ? runtime.services.threats.preview(cliActor, { ...options, includeDrafts: values.drafts === true })
          : runtime.services.threats.render(cliActor, { ...options, ...(version !== undefined ? { version } : {}), liveExposure: version === undefined }),
      );
      threats = rendered.threats;
      await writeImages(threats);
      document = rendered.document;
    }
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

export const threatsImportCommand: CliCommand = {
  name: 'import',
  summary: 'Load a folder of threat YAML files into the database (new revisions for changes)',
  usage: IMPORT_USAGE,
  async run(args, io) {
    const { values, positionals } = parse(
      args,
      { reason: { type: 'string' }, 'data-dir': { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      true,
    );
    if (values.help) {
      io.out(IMPORT_USAGE);
      return 0;
    }
    const [dir, ...extra] = positionals;
    if (dir === undefined || extra.length > 0) throw new UsageError('give exactly one folder to import');
    let files: Map<string, string>;
    try {
      files = await readRegisterDir(dir);
    } catch (error) {
      if (error instanceof RegisterFilesError) throw new UsageError(error.message);
      throw error;
    }
    if (![...files.keys()].some(isThreatFileName)) throw new UsageError(`${dir} has no .yaml or .yml files`);
    try {
      const summary = await withRuntime(io, values['data-dir'], (runtime) =>
        runtime.services.threats.importFiles(cliActor, files, values.reason !== undefined ? { reason: values.reason } : {}),
      );
      if (values.json) {
        io.out(`${JSON.stringify({ ok: true, ...summary })}\n`);
      } else {
        io.out(
          `Imported ${dir}: ${summary.created.length} added, ${summary.revised.length} revised, ${summary.unchanged.length} unchanged.\n` +
            (summary.notInFiles.length > 0 ? `Not in the folder (left as they are): ${summary.notInFiles.join(', ')}\n` : ''),
        );
      }
      return 0;
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'invalid_register') throw error;
      const errors = (error.details?.errors ?? []) as FileIssues[];
      if (values.json) io.out(`${JSON.stringify({ ok: false, errors }, null, 2)}\n`);
      else printIssues({ errors }, io, dir);
      io.err(`xmppsec threats import: ${dir} has errors; nothing was imported\n`);
      return 1;
    }
  },
};

export const threatsExportCommand: CliCommand = {
  name: 'export',
  summary: 'Write the register in the database as a folder of YAML files',
  usage: EXPORT_USAGE,
  async run(args, io) {
    const { values, positionals } = parse(args, { 'data-dir': { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, true);
    if (values.help) {
      io.out(EXPORT_USAGE);
      return 0;
    }
    const [dir, ...extra] = positionals;
    if (dir === undefined || extra.length > 0) throw new UsageError('give exactly one folder to export to');
    const files = await withRuntime(io, values['data-dir'], (runtime) => runtime.services.threats.exportFiles(cliActor));
    await mkdir(dir, { recursive: true });
    for (const [name, text] of files) await writeFile(join(dir, name), text);
    const others = (await readdir(dir)).filter((name) => isThreatFileName(name) && !files.has(name));
    if (values.json) {
      io.out(`${JSON.stringify({ dir, files: [...files.keys()], otherFiles: others })}\n`);
    } else {
      io.out(`Wrote ${files.size} threat file${files.size === 1 ? '' : 's'} to ${dir}.\n`);
      if (others.length > 0) io.err(`left alone: ${others.join(', ')} (not threats in the database)\n`);
    }
    return 0;
  },
};

export const threatsPublishCommand: CliCommand = {
  name: 'publish',
  summary: 'Publish the next numbered version of the register',
  usage: PUBLISH_USAGE,
  async run(args, io) {
    const { values } = parse(args, { notes: { type: 'string' }, 'data-dir': { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, false);
    if (values.help) {
      io.out(PUBLISH_USAGE);
      return 0;
    }
    const version = await withRuntime(io, values['data-dir'], (runtime) =>
      runtime.services.threats.publish(cliActor, values.notes !== undefined ? { notes: values.notes } : {}),
    );
    if (values.json) {
      io.out(`${JSON.stringify({ ...version, publishedAt: version.publishedAt.toISOString() })}\n`);
      return 0;
    }
    io.out(`Published version ${version.number} of the register with ${version.threatCount} threat${version.threatCount === 1 ? '' : 's'}.\n`);
    if (version.changes) {
      const { added, removed, changed, previous } = version.changes;
      io.out(`Since version ${previous}: ${added.length} added, ${removed.length} removed, ${changed.length} changed.\n`);
    }
    return 0;
  },
};

export const threatsCommands: readonly CliCommand[] = [
  threatsRenderCommand,
  threatsValidateCommand,
  threatsImportCommand,
  threatsExportCommand,
  threatsPublishCommand,
];
