import { describe, expect, it } from 'vitest';
import { readXmlTree } from './xml-tree.ts';

describe('readXmlTree', () => {
  it('builds a namespace-aware tree with the line and column of each start tag', () => {
    const { root, problems } = readXmlTree('<a xmlns="urn:a" xmlns:b="urn:b">\n  <b:c x="1">text<![CDATA[ more]]></b:c>\n</a>');
    expect(problems).toEqual([]);
    expect(root).toMatchObject({ uri: 'urn:a', local: 'a', line: 1, column: 1 });
    expect(root?.children[0]).toMatchObject({ uri: 'urn:b', local: 'c', line: 2, column: 3, text: 'text more', attributes: [{ uri: '', local: 'x', value: '1' }] });
  });

  it('reports where the XML breaks', () => {
    const { problems } = readXmlTree('<a>\n<b>\n</a>');
    expect(problems[0]).toMatchObject({ code: 'xml-malformed', line: 3, severity: 'error' });
  });

  it('lists a bounded number of XML errors', () => {
    const { problems } = readXmlTree(`<a>${'&x;'.repeat(100)}</a>`, { maxXmlErrors: 5 });
    expect(problems).toHaveLength(6);
    expect(problems.at(-1)?.message).toBe('95 further XML errors not listed');
  });

  it('stops reading a document that is mostly errors', () => {
    const result = readXmlTree(`<a>${'\u0001'.repeat(1_000_000)}</a>`);
    expect(result.aborted).toBe(true);
    expect(result.problems.map((p) => p.message)).toContain('reading stopped after 200 XML errors');
  });

  it('enforces each limit', () => {
    expect(readXmlTree('<a/>', { maxBytes: 3 }).problems.map((p) => p.code)).toEqual(['too-large']);
    expect(readXmlTree('<a><b><c/></b></a>', { maxDepth: 2 }).problems.map((p) => p.code)).toEqual(['too-deep']);
    expect(readXmlTree('<a><b/><b/><b/></a>', { maxElements: 3 }).problems.map((p) => p.code)).toEqual(['too-many-elements']);
    expect(readXmlTree('<a><b/><b/></a>', { maxElements: 3 }).problems).toEqual([]);
  });

  it('counts the size in bytes, not characters', () => {
    expect(readXmlTree('<a>ééé</a>', { maxBytes: 11 }).problems.map((p) => p.code)).toEqual(['too-large']);
    expect(readXmlTree('<a>ééé</a>', { maxBytes: 13 }).problems).toEqual([]);
  });

  it('warns when the declared encoding is not UTF-8', () => {
    expect(readXmlTree('<?xml version="1.0" encoding="ISO-8859-1"?><a/>').problems.map((p) => p.code)).toEqual(['encoding-not-utf8']);
  });
});
