import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import { MappedTextBuilder, type MappedText } from './mapped-text';

/** Elements whose content is never document text. */
const SKIPPED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'math',
  'object',
]);

/** Elements that start a new line in the extracted text, as a reader would see them. */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Table cells are separated by a tab so a row reads like a line of the table. */
const CELL_ELEMENTS = new Set(['td', 'th']);

const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/g;

/**
 * Extracts readable text from an HTML fragment or page; every unit maps back to its
 * source offset in the HTML. Broken markup is read as browsers read it, never rejected.
 */
export function extractHtmlText(html: string): MappedText {
  const out = new MappedTextBuilder(html.length, Math.ceil(html.length / 2));
  let skipDepth = 0;
  let inPre = 0;

  const breakLine = (at: number) => {
    const last = out.lastChar();
    if (last !== '' && last !== '\n') out.push('\n', at, at);
  };

  const pushText = (raw: string, offset: number) => {
    let cursor = 0;
    const pushPlain = (from: number, to: number) => {
      for (let k = from; k < to; k++) {
        const ch = raw[k]!;
        if (!inPre && /\s/.test(ch)) {
          const last = out.lastChar();
          if (last === '' || last === ' ' || last === '\n' || last === '\t') continue;
          out.push(' ', offset + k, offset + k + 1);
          continue;
        }
        out.push(ch, offset + k, offset + k + 1);
      }
    };
    for (const match of raw.matchAll(ENTITY)) {
      const at = match.index;
      pushPlain(cursor, at);
      const decoded = decodeHTML(match[0]);
      if (decoded === match[0]) pushPlain(at, at + match[0].length);
      else
        out.push(decoded === '\u00a0' ? ' ' : decoded, offset + at, offset + at + match[0].length);
      cursor = at + match[0].length;
    }
    pushPlain(cursor, raw.length);
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED_ELEMENTS.has(name)) skipDepth++;
        if (skipDepth > 0) return;
        if (name === 'pre') inPre++;
        if (CELL_ELEMENTS.has(name) && out.lastChar() !== '\n' && out.lastChar() !== '') {
          out.push('\t', parser.startIndex, parser.startIndex);
        } else if (BLOCK_ELEMENTS.has(name)) breakLine(parser.startIndex);
      },
      onclosetag(name) {
        if (SKIPPED_ELEMENTS.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'pre') inPre = Math.max(0, inPre - 1);
        if (BLOCK_ELEMENTS.has(name) && !CELL_ELEMENTS.has(name)) breakLine(parser.startIndex);
      },
      ontext(data) {
        if (skipDepth > 0) return;
        pushText(data, parser.startIndex);
      },
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return trimTrailingWhitespace(out.build());
}

function trimTrailingWhitespace(mapped: MappedText): MappedText {
  let end = mapped.text.length;
  while (end > 0 && /\s/.test(mapped.text[end - 1]!)) end--;
  if (end === mapped.text.length) return mapped;
  return {
    text: mapped.text.slice(0, end),
    starts: mapped.starts.slice(0, end),
    ends: mapped.ends.slice(0, end),
    sourceLength: mapped.sourceLength,
  };
}
