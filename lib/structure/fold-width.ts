/**
 * Whether a UTF-16 unit is a space as pasted drafts carry them: ASCII, 全角空格 U+3000, NBSP,
 * tabs, the en/em spaces and the zero-width ones Word leaves behind.
 */
export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0c ||
    code === 0x3000 ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x202f ||
    code === 0x205f ||
    (code >= 0x2000 && code <= 0x200b)
  );
}

const CHUNK = 8192;

/** The half-width unit a unit folds to (itself when nothing changes). */
function foldedCode(code: number): number {
  if (code < 0x80) return code === 0x09 || code === 0x0c ? 0x20 : code;
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x2236) return 0x3a; // ∶ RATIO, which Word users type for a colon
  return isSpaceCode(code) ? 0x20 : code;
}

/**
 * The text with full-width ASCII (０-９ （ ， ： ．) folded to half-width and every space to ' ',
 * unit for unit, so an offset into the folded text is the same offset into the input.
 * Marks that matter to the standard (〔〕、。〇) are left as they are.
 */
export function foldWidth(text: string): string {
  const n = text.length;
  // Text the engine has already normalised (NFKC) rarely needs folding: then it is its own fold.
  let needed = false;
  for (let i = 0; i < n && !needed; i++)
    needed = foldedCode(text.charCodeAt(i)) !== text.charCodeAt(i);
  if (!needed) return text;
  const out: string[] = [];
  const buffer = new Uint16Array(Math.min(n, CHUNK));
  for (let from = 0; from < n; from += CHUNK) {
    const to = Math.min(n, from + CHUNK);
    for (let i = from; i < to; i++) {
      buffer[i - from] = foldedCode(text.charCodeAt(i));
    }
    out.push(String.fromCharCode(...buffer.subarray(0, to - from)));
  }
  return out.join('');
}
