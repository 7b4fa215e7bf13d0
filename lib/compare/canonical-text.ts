import { isSpaceCode } from '../structure/fold-width';

/** ASCII punctuation written in Chinese text, mapped to the full-width form officials use. */
const TO_FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/** Units that canonicalisation leaves as they are: Han, ASCII letters and digits, 、。 and brackets. */
function isPlain(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x3001 && code <= 0x3002) ||
    (code >= 0x3008 && code <= 0x3011)
  );
}

function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200f) || code === 0xfeff;
}

/**
 * The form in which versions are compared: full-width digits and letters folded to half-width,
 * ASCII punctuation to the Chinese full-width marks, spaces and invisible marks removed, line
 * breaks (\r\n, \r) made single \n. Width noise and re-wrapping then compare equal, while the
 * text stays readable in summaries (，not ,).
 */
export function canonicalText(text: string): string {
  let out = '';
  let pendingBreak = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (isPlain(code)) {
      // Fast path: Han text and ASCII letters and digits are copied as runs.
      let j = i + 1;
      while (j < text.length && isPlain(text.charCodeAt(j))) j++;
      if (pendingBreak) out += '\n';
      pendingBreak = false;
      out += text.slice(i, j);
      i = j - 1;
      continue;
    }
    if (code === 0x0a || code === 0x0d || code === 0x0b || code === 0x2028 || code === 0x2029) {
      pendingBreak = out !== '';
      continue;
    }
    if (isSpaceCode(code) || isInvisible(code)) continue;
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    if (code === 0x2236) code = 0x3a;
    let ch = String.fromCharCode(code);
    ch = TO_FULL_WIDTH[ch] ?? ch;
    if (pendingBreak) out += '\n';
    pendingBreak = false;
    out += ch;
  }
  return out;
}

/** The canonical text without punctuation or breaks: equal for punctuation-only edits. */
export function withoutPunctuation(canonical: string): string {
  return canonical.replace(/[\p{P}\p{S}\n]/gu, '');
}
