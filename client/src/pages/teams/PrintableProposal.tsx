/**
 * The proposal as a printable page: the same text as the Markdown export, rendered as headings,
 * paragraphs and (nested) lists, shown only when printing. Only the few constructs
 * proposal-markdown.ts writes are understood: #, ##, "- ", "  - " and **bold**.
 */
import type { ReactNode } from 'react';

const inline = (text: string): ReactNode[] =>
  text
    .split(/(\*\*[^*]+\*\*)/)
    .map((part, i) => (part.startsWith('**') ? <strong key={i}>{part.slice(2, -2)}</strong> : part));

type Block = { kind: 'h1' | 'h2' | 'p'; text: string } | { kind: 'list'; items: { text: string; sub: string[] }[] };

function blocks(markdown: string): Block[] {
  const out: Block[] = [];
  for (const line of markdown.split('\n')) {
    const last = out.at(-1);
    if (line.startsWith('# ')) out.push({ kind: 'h1', text: line.slice(2) });
    else if (line.startsWith('## ')) out.push({ kind: 'h2', text: line.slice(3) });
    else if (line.startsWith('  - ') && last?.kind === 'list') last.items.at(-1)?.sub.push(line.slice(4));
    else if (line.startsWith('- ')) {
      if (last?.kind === 'list') last.items.push({ text: line.slice(2), sub: [] });
      else out.push({ kind: 'list', items: [{ text: line.slice(2), sub: [] }] });
    } else if (line.trim() !== '') out.push({ kind: 'p', text: line });
  }
  return out;
}

export function PrintableProposal({ markdown }: { markdown: string }) {
  return (
    <article className="teams-print-only teams-printable" data-testid="teams-printable">
      {blocks(markdown).map((b, i) => {
        switch (b.kind) {
          case 'h1':
            return <h1 key={i}>{inline(b.text)}</h1>;
          case 'h2':
            return <h2 key={i}>{inline(b.text)}</h2>;
          case 'p':
            return <p key={i}>{inline(b.text)}</p>;
          case 'list':
            return (
              <ul key={i}>
                {b.items.map((item, j) => (
                  <li key={j}>
                    {inline(item.text)}
                    {item.sub.length > 0 && (
                      <ul>
                        {item.sub.map((s, k) => (
                          <li key={k}>{inline(s)}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            );
        }
      })}
    </article>
  );
}
