/** A derived text whose every UTF-16 unit remembers the source span it came from. */
export interface MappedText {
  /** The derived text the checks read. */
  readonly text: string;
  /** For each unit of `text`, the source offset where its origin starts. */
  readonly starts: Int32Array;
  /** For each unit of `text`, the source offset where its origin ends (exclusive). */
  readonly ends: Int32Array;
  /** Length of the source text. */
  readonly sourceLength: number;
}

/** Maps a span of the derived text back to the span of the source it was made from. */
export function toSourceSpan(mapped: MappedText, start: number, end: number): [number, number] {
  const n = mapped.text.length;
  if (n === 0) return [0, 0];
  const s = Math.min(Math.max(start, 0), n - 1);
  const e = Math.min(Math.max(end, s + 1), n);
  return [mapped.starts[s]!, mapped.ends[e - 1]!];
}

/** Wraps a text as its own source. */
export function identityMapped(text: string): MappedText {
  const n = text.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text, starts, ends, sourceLength: n };
}

/** Chains two mappings: `outer` derived from `inner.text`, `inner` derived from a source. */
export function composeMapped(outer: MappedText, inner: MappedText): MappedText {
  const n = outer.text.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const last = inner.text.length - 1;
  for (let i = 0; i < n; i++) {
    const s = Math.min(outer.starts[i]!, last);
    const e = Math.min(Math.max(outer.ends[i]! - 1, 0), last);
    starts[i] = last < 0 ? 0 : inner.starts[s]!;
    ends[i] = last < 0 ? 0 : inner.ends[e]!;
  }
  return { text: outer.text, starts, ends, sourceLength: inner.sourceLength };
}

/** Accumulates derived text together with the source span of every unit. */
export class MappedTextBuilder {
  private parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(
    private readonly sourceLength: number,
    capacityHint = sourceLength,
  ) {
    this.starts = new Int32Array(Math.max(16, capacityHint));
    this.ends = new Int32Array(Math.max(16, capacityHint));
  }

  /** Appends `text`, every unit of which came from source span [start, end). */
  push(text: string, start: number, end: number): void {
    const n = text.length;
    if (n === 0) return;
    this.ensure(this.length + n);
    for (let i = 0; i < n; i++) {
      this.starts[this.length + i] = start;
      this.ends[this.length + i] = end;
    }
    this.parts.push(text);
    this.length += n;
  }

  /** Appends a run of source text unchanged, unit by unit. */
  pushVerbatim(source: string, start: number, end: number): void {
    const n = end - start;
    if (n <= 0) return;
    this.ensure(this.length + n);
    for (let i = 0; i < n; i++) {
      this.starts[this.length + i] = start + i;
      this.ends[this.length + i] = start + i + 1;
    }
    this.parts.push(source.slice(start, end));
    this.length += n;
  }

  /** Appends units [from, to) of another mapped text, keeping their source spans. */
  pushMapped(mapped: MappedText, from: number, to: number): void {
    const n = to - from;
    if (n <= 0) return;
    this.ensure(this.length + n);
    this.starts.set(mapped.starts.subarray(from, to), this.length);
    this.ends.set(mapped.ends.subarray(from, to), this.length);
    this.parts.push(mapped.text.slice(from, to));
    this.length += n;
  }

  /** The last unit appended, or '' when empty. */
  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1]! : '';
  }

  /** Freezes the accumulated text and its map. */
  build(): MappedText {
    return {
      text: this.parts.join(''),
      starts: this.starts.slice(0, this.length),
      ends: this.ends.slice(0, this.length),
      sourceLength: this.sourceLength,
    };
  }

  private ensure(size: number): void {
    if (size <= this.starts.length) return;
    const capacity = Math.max(size, this.starts.length * 2);
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}
