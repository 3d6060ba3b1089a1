import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isThreatFileName, MAX_THREAT_FILE_BYTES } from './register-yaml.ts';

/** The register that ships with xmppsec. */
export const SEED_DIR = fileURLToPath(new URL('./seed/', import.meta.url));

/** More files than any register needs; keeps a wrong `--dir` (say, a home directory) cheap. */
export const MAX_REGISTER_FILES = 2000;

export class RegisterFilesError extends Error {
  override name = 'RegisterFilesError';
  readonly code: 'not-found' | 'too-many-files' | 'file-too-large';
  constructor(code: RegisterFilesError['code'], message: string) {
    super(message);
    this.code = code;
  }
}

async function readBounded(path: string): Promise<string> {
  const info = await stat(path);
  if (info.size > MAX_THREAT_FILE_BYTES) {
    throw new RegisterFilesError('file-too-large', `${path} has ${info.size} bytes; a threat file has at most ${MAX_THREAT_FILE_BYTES}`);
  }
  return readFile(path, 'utf8');
}

/** The YAML files of one folder (not its sub-folders), keyed by file name. */
export async function readRegisterDir(dir: string): Promise<Map<string, string>> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile() && isThreatFileName(d.name)).map((d) => d.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') {
      throw new RegisterFilesError('not-found', `no such folder: ${dir}`);
    }
    throw error;
  }
  if (names.length > MAX_REGISTER_FILES) {
    throw new RegisterFilesError('too-many-files', `${dir} has ${names.length} YAML files; a register has at most ${MAX_REGISTER_FILES}`);
  }
  names.sort();
  const files = new Map<string, string>();
  for (const name of names) files.set(name, await readBounded(join(dir, name)));
  return files;
}

/** Files and folders as given on a command line, keyed by the path as the user wrote it. */
export async function readRegisterPaths(paths: readonly string[]): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new RegisterFilesError('not-found', `no such file or folder: ${path}`);
    }
    if (info.isDirectory()) {
      for (const [name, text] of await readRegisterDir(path)) files.set(join(path, name), text);
    } else {
      files.set(path, await readBounded(path));
    }
    if (files.size > MAX_REGISTER_FILES) {
      throw new RegisterFilesError('too-many-files', `more than ${MAX_REGISTER_FILES} files given`);
    }
  }
  return files;
}
