/** The bench's tables as Markdown, each column as wide as its widest cell: figures right-aligned, a name column (`nameFirst`) left. */
export function markdownTable(head: readonly string[], lines: readonly (readonly string[])[], nameFirst = true): string {
  const all = [head, ...lines];
  const widths = head.map((_, i) => Math.max(...all.map((l) => (l[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i === 0 && nameFirst ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(line)].join('\n');
}
