import { SaxesParser } from 'saxes';
import type { SaxesTagNS } from 'saxes';

/**
 * A bounded, namespace-aware XML reader for the small documents the directory handles (DOAP
 * files, the XEP list). It builds a tree because those documents are a few hundred kilobytes
 * at most, and every limit that keeps hostile input cheap is checked while reading.
 *
 * DTDs are refused outright: a DOAP file has no use for one, and refusing it closes off
 * external entities and entity expansion bombs without relying on parser internals.
 */

export interface XmlAttribute {
  uri: string;
  local: string;
  value: string;
}

export interface XmlElement {
  /** Namespace URI; '' when the element is in no namespace. */
  uri: string;
  local: string;
  attributes: XmlAttribute[];
  children: XmlElement[];
  /** The element's own character data (text and CDATA), not its descendants'. */
  text: string;
  line: number;
  column: number;
}

export const XML_PROBLEM_CODES = [
  'xml-malformed',
  'doctype-forbidden',
  'too-large',
  'too-deep',
  'too-many-elements',
  'invalid-encoding',
  'encoding-not-utf8',
] as const;
export type XmlProblemCode = (typeof XML_PROBLEM_CODES)[number];

export interface XmlProblem {
  line: number;
  column?: number;
  severity: 'error' | 'warning';
  code: XmlProblemCode;
  message: string;
}

export interface XmlLimits {
  /** Maximum document size in bytes (UTF-8). */
  maxBytes: number;
  maxDepth: number;
  maxElements: number;
  /** Further malformed-XML reports after this many add nothing but noise. */
  maxXmlErrors: number;
  /** After this many XML errors the document is hopeless; reading stops (bounds the time spent on garbage). */
  stopAfterXmlErrors: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = {
  maxBytes: 2 * 1024 * 1024,
  maxDepth: 64,
  maxElements: 100_000,
  maxXmlErrors: 20,
  stopAfterXmlErrors: 200,
};

export interface XmlTreeResult {
  /** The root element as far as it could be read; null when nothing was. */
  root: XmlElement | null;
  problems: XmlProblem[];
  /** True when reading stopped early because of a limit or a DTD. */
  aborted: boolean;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Thrown from inside parser callbacks to stop reading; never escapes this module. */
class StopReading extends Error {}

export function byteLength(input: string | Uint8Array): number {
  return typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
}

function decode(input: Uint8Array, problems: XmlProblem[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input);
  } catch {
    problems.push({
      line: 1,
      severity: 'error',
      code: 'invalid-encoding',
      message: 'the file is not valid UTF-8; undecodable bytes were replaced',
    });
    return new TextDecoder('utf-8').decode(input);
  }
}

/** Saxes prefixes its messages with "line:column: "; the position is reported separately. */
function stripPosition(message: string): string {
  const parts = message.split(': ');
  if (parts.length > 1 && /^\d+:\d+$/.test(parts[0] ?? '')) return parts.slice(1).join(': ');
  return message;
}

/** Offsets at which each line starts, for turning string positions into lines. */
function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Zero-based line of `offset`. */
function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function xmlLang(element: XmlElement): string | undefined {
  return element.attributes.find((a) => a.uri === XML_NS && a.local === 'lang')?.value;
}

export function attribute(element: XmlElement, uri: string, local: string): string | undefined {
  return element.attributes.find((a) => a.uri === uri && a.local === local)?.value;
}

export function readXmlTree(input: string | Uint8Array, limits: Partial<XmlLimits> = {}): XmlTreeResult {
  const lim: XmlLimits = { ...DEFAULT_XML_LIMITS, ...limits };
  const problems: XmlProblem[] = [];
  const size = byteLength(input);
  if (size > lim.maxBytes) {
    problems.push({
      line: 1,
      severity: 'error',
      code: 'too-large',
      message: `the file is ${size} bytes, more than the limit of ${lim.maxBytes} bytes; not read`,
    });
    return { root: null, problems, aborted: true };
  }
  const text = typeof input === 'string' ? input : decode(input, problems);

  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  const opened = new WeakMap<SaxesTagNS, XmlElement>();
  const lineStarts = lineStartOffsets(text);
  let root: XmlElement | null = null;
  let elementCount = 0;
  let xmlErrors = 0;
  let aborted = false;

  const stop = (code: XmlProblemCode, message: string, line = parser.line): never => {
    const problem: XmlProblem = { line, severity: 'error', code, message };
    if (line === parser.line) problem.column = parser.column + 1;
    problems.push(problem);
    aborted = true;
    throw new StopReading(message);
  };

  // saxes stores each handler as a property of the parser; with more than six registered,
  // parsing measured about four times slower on Node 24 (an object-shape effect in V8). Hence
  // six handlers, positions derived in 'opentag', and the declaration read from parser.xmlDecl.
  parser.on('error', (err) => {
    xmlErrors += 1;
    if (xmlErrors > lim.stopAfterXmlErrors) {
      xmlErrors -= 1;
      stop('xml-malformed', `reading stopped after ${lim.stopAfterXmlErrors} XML errors`);
    }
    if (xmlErrors <= lim.maxXmlErrors) {
      problems.push({
        line: parser.line,
        column: parser.column + 1,
        severity: 'error',
        code: 'xml-malformed',
        message: stripPosition(err.message),
      });
    }
  });
  parser.on('doctype', (doctype) => {
    // Reported where the declaration starts; saxes calls this at its end.
    const startLine = parser.line - doctype.split('\n').length + 1;
    stop('doctype-forbidden', 'the file contains a DOCTYPE declaration; DTDs and entity declarations are not accepted', startLine);
  });
  parser.on('opentag', (tag) => {
    if (stack.length + 1 > lim.maxDepth) stop('too-deep', `elements are nested more than ${lim.maxDepth} levels deep`);
    elementCount += 1;
    if (elementCount > lim.maxElements) stop('too-many-elements', `the file has more than ${lim.maxElements} elements`);
    // saxes reports the end of the start tag; its "<" is the last one before that, since
    // "<" cannot occur unescaped inside a start tag.
    const at = text.lastIndexOf('<', parser.position - 1);
    const line = lineAt(lineStarts, at);
    const element: XmlElement = {
      uri: tag.uri,
      local: tag.local,
      attributes: Object.values(tag.attributes)
        .filter((a) => a.prefix !== 'xmlns' && a.name !== 'xmlns')
        .map((a) => ({ uri: a.uri, local: a.local, value: a.value })),
      children: [],
      text: '',
      line: line + 1,
      column: at - (lineStarts[line] ?? 0) + 1,
    };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
    opened.set(tag, element);
  });
  parser.on('closetag', (tag) => {
    const element = opened.get(tag);
    if (!element) return;
    // After a malformed close tag saxes may report tags out of order; unwind to the match.
    const at = stack.lastIndexOf(element);
    if (at >= 0) stack.length = at;
  });
  const addText = (chunk: string) => {
    const current = stack.at(-1);
    if (current) current.text += chunk;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  let declaredEncoding: string | undefined;
  try {
    parser.write(text);
    // close() resets the parser, declaration included.
    declaredEncoding = parser.xmlDecl.encoding;
    parser.close();
  } catch (err) {
    if (!(err instanceof StopReading)) throw err;
  }
  if (xmlErrors > lim.maxXmlErrors) {
    problems.push({
      line: problems.at(-1)?.line ?? 1,
      severity: 'error',
      code: 'xml-malformed',
      message: `${xmlErrors - lim.maxXmlErrors} further XML errors not listed`,
    });
  }
  const encoding = declaredEncoding?.toLowerCase();
  if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'us-ascii') {
    problems.push({
      line: 1,
      severity: 'warning',
      code: 'encoding-not-utf8',
      message: `the XML declaration says encoding="${declaredEncoding}"; the file is read as UTF-8`,
    });
  }
  return { root, problems, aborted };
}
