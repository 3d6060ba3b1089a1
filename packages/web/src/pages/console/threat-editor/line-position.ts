/** The offset in the text where a 1-based line (and column) starts: to put the caret on a reported problem. */
export function offsetOfLine(text: string, line: number, column = 1): number {
  if (!Number.isFinite(line) || line <= 1) return Math.min(Math.max(0, column - 1), text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  const end = text.indexOf('\n', offset);
  const lineEnd = end === -1 ? text.length : end;
  return Math.min(offset + Math.max(0, column - 1), lineEnd);
}
