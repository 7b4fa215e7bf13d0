/**
 * One root frame's in-page review: finds the drafts, reviews them (debounced, in the
 * background, so typing never waits for the engine), underlines findings, keeps the badge
 * current, masks on request and gates the publish button. A root is the top frame, or a
 * cross-origin frame nobody above can reach; it handles every same-origin frame below it.
 */
import type { DocumentClassResult, Finding, Profile, Severity } from '@/lib/engine/schema';
import type {
  BackgroundMessage,
  ContentMessage,
  GateDecision,
  PageDraft,
  PageState,
  PanelFinding,
  ReportedFinding,
  ReviewReply,
} from '@/lib/page/messages';
import { ReviewReplySchema } from '@/lib/page/messages';
import type { SiteProfile } from '@/lib/sites/site-profile';
import { shiftSpans } from '@/lib/text/shift-spans';
import { Badge, statusOf, type BadgeFinding } from './badge';
import { readDomText, rangeForOffsets, type DomText } from './dom-text';
import { accessibleDocuments, findDrafts, OWN_TAGS, type DraftTarget } from './find-editors';
import { readFormFields } from './form-fields';
import { controlLabel, openGateDialog, publishControl } from './gate';
import { Highlights, supportsHighlights, type RangesBySeverity } from './highlights';
import { MarksLayer, rangeBoxes, type MarkBox } from './marks';
import { startPicker } from './picker';

/** Quiet time after the last keystroke before a review starts. */
const REVIEW_DELAY_MS = 500;
/** A textarea longer than this is measured for its underlines only when typing pauses. */
const LONG_TEXTAREA = 20_000;
const LONG_TEXTAREA_DRAW_DELAY_MS = 250;
/** Time for an editor to copy a new DOM selection into its model before we act on it. */
const SELECTION_SYNC_MS = 150;
/** The event the main-world bridge (entrypoints/editor-bridge.content.ts) answers. */
const MASK_EVENT = 'disclosure-review:mask';
/** Overlay boxes drawn at most per draft: measuring each costs a layout query. */
const MAX_MARKED = 500;
/** Quiet time after page mutations before looking for new editors. */
const SCAN_DELAY_MS = 400;

export interface SessionPorts {
  send(message: ContentMessage): Promise<unknown>;
}

interface LocalFinding extends Finding {
  key: string;
  draftId: number;
  range: Range | null;
}

interface TrackedDraft {
  id: number;
  documentClass: DocumentClassResult | null;
  profile: Profile | null;
  target: DraftTarget;
  /** The text the current findings' offsets refer to (textareas: shifted while typing). */
  text: string;
  dom: DomText | null;
  findings: LocalFinding[];
  dirty: boolean;
  seq: number;
  inFlight: Promise<void> | null;
  observer: MutationObserver | null;
}

export class ReviewSession {
  private drafts: TrackedDraft[] = [];
  private nextDraftId = 1;
  private docs: Document[] = [];
  private watchedDocs = new WeakSet<Document>();
  private abort = new AbortController();
  private observers: MutationObserver[] = [];
  private reviewTimer: number | undefined;
  private scanTimer: number | undefined;
  private frameReports = new Map<number, ReportedFinding[]>();
  private badge: Badge | null = null;
  private marks: MarksLayer;
  private highlights = new Highlights();
  private bypass = new WeakSet<Element>();
  private drawQueued = false;
  private drawTimer: number | undefined;
  private reported = false;
  private stopped = false;

  constructor(
    private win: Window,
    private profile: SiteProfile | null,
    private ports: SessionPorts,
  ) {
    this.marks = new MarksLayer(win.document);
  }

  private get isTop(): boolean {
    return this.win === this.win.top;
  }

  start(): void {
    this.scan();
  }

  stop(): void {
    this.stopped = true;
    this.abort.abort();
    for (const observer of this.observers) observer.disconnect();
    for (const draft of this.drafts) draft.observer?.disconnect();
    this.win.clearTimeout(this.reviewTimer);
    this.win.clearTimeout(this.scanTimer);
    this.win.clearTimeout(this.drawTimer);
    this.highlights.clearAll();
    this.marks.remove();
    this.badge?.remove();
    this.badge = null;
    if (!this.isTop && this.reported) {
      void this.ports
        .send({ type: 'content→bg:frame-report', active: false, findings: [] })
        .catch(() => undefined);
    }
  }

  setProfile(profile: SiteProfile | null): void {
    this.profile = profile;
    this.scheduleScan(0);
  }

  // ── Finding the drafts ─────────────────────────────────────────────────────────────

  private scheduleScan(delay = SCAN_DELAY_MS): void {
    if (this.stopped || this.scanTimer !== undefined) return;
    this.scanTimer = this.win.setTimeout(() => {
      this.scanTimer = undefined;
      this.scan();
    }, delay);
  }

  private scan(): void {
    if (this.stopped) return;
    const began = this.win.performance.now();
    try {
      this.scanNow();
    } finally {
      // Visible to `npm run bench` (and to DevTools' performance panel) as our own cost.
      this.win.performance.measure('disclosure-review:scan', { start: began });
    }
  }

  private scanNow(): void {
    const root = this.win.document;
    this.docs = accessibleDocuments(root);
    for (const doc of this.docs) this.watchDocument(doc);
    const targets = findDrafts(root, this.profile);
    const kept = this.drafts.filter(
      (d) => targets.some((t) => t.el === d.target.el) && d.target.el.isConnected,
    );
    for (const gone of this.drafts) {
      if (!kept.includes(gone)) gone.observer?.disconnect();
    }
    const added = targets
      .filter((t) => !kept.some((d) => d.target.el === t.el))
      .map((t) => this.track(t));
    const changed = added.length > 0 || kept.length !== this.drafts.length;
    this.drafts = [...kept, ...added];
    if (changed) {
      for (const draft of added) draft.dirty = true;
      this.render();
      if (added.length > 0) this.scheduleReview(0);
    }
  }

  /** Cheap watchers on a document: new elements, frames loading, focus landing on an editor. */
  private watchDocument(doc: Document): void {
    if (this.watchedDocs.has(doc)) return;
    this.watchedDocs.add(doc);
    const signal = this.abort.signal;
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (this.isRelevantMutation(record)) {
          this.scheduleScan();
          return;
        }
      }
    });
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['contenteditable', 'style', 'class', 'hidden'],
    });
    this.observers.push(observer);
    // Frames that load later (admin shells) and editors created in them.
    doc.addEventListener(
      'load',
      (event) => {
        const target = event.target as Element | null;
        if (target && (target.localName === 'iframe' || target.localName === 'frame'))
          this.scheduleScan(50);
      },
      { capture: true, signal },
    );
    doc.addEventListener(
      'focusin',
      (event) => {
        const target = event.target as HTMLElement | null;
        if (
          target &&
          !this.drafts.some((d) => d.target.el === target || d.target.el.contains(target))
        ) {
          if (
            target.isContentEditable ||
            target.localName === 'textarea' ||
            target.localName === 'iframe'
          ) {
            this.scheduleScan(0);
          }
        }
      },
      { capture: true, signal },
    );
    // The form's fields are part of the draft: a new 公开属性 or title means a new review.
    const onField = (event: Event): void => {
      const target = event.target as Element | null;
      if (!target || !['input', 'select', 'textarea'].includes(target.localName)) return;
      if (this.drafts.length === 0 || this.drafts.some((d) => d.target.el === target)) return;
      for (const draft of this.drafts) this.markDirty(draft);
    };
    doc.addEventListener('change', onField, { capture: true, signal });
    doc.addEventListener('input', onField, { capture: true, signal });
    const view = doc.defaultView;
    if (view) {
      view.addEventListener('click', (event) => this.onClick(event), { capture: true, signal });
      view.addEventListener('scroll', () => this.queueDraw(), {
        capture: true,
        passive: true,
        signal,
      });
      view.addEventListener('resize', () => this.queueDraw(), { passive: true, signal });
    }
  }

  private isRelevantMutation(record: MutationRecord): boolean {
    // Mutations inside a known editor are typing, handled by that editor's own observer.
    const target = record.target as Element;
    if (this.drafts.some((d) => d.target.el === target || d.target.el.contains(target)))
      return false;
    for (const node of Array.from(record.addedNodes)) {
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (OWN_TAGS.includes(el.localName)) continue;
      return true;
    }
    return record.removedNodes.length > 0 && this.drafts.length > 0;
  }

  private track(target: DraftTarget): TrackedDraft {
    const draft: TrackedDraft = {
      id: this.nextDraftId++,
      documentClass: null,
      profile: null,
      target,
      text: '',
      dom: null,
      findings: [],
      dirty: true,
      seq: 0,
      inFlight: null,
      observer: null,
    };
    const signal = this.abort.signal;
    const onChange = (): void => this.markDirty(draft);
    // `input` rather than key events: IME input (and Playwright's typing of Chinese) arrives
    // as text insertion without keydown/keyup.
    target.el.addEventListener('input', onChange, { signal });
    if (target.kind === 'textarea') {
      target.el.addEventListener('scroll', () => this.queueDraw(), { passive: true, signal });
    } else {
      // Editors that change their DOM without an input event (setData, paste handlers, undo).
      draft.observer = new MutationObserver(onChange);
      draft.observer.observe(target.el, { childList: true, subtree: true, characterData: true });
    }
    return draft;
  }

  // ── Reviewing ──────────────────────────────────────────────────────────────────────

  private markDirty(draft: TrackedDraft): void {
    if (this.stopped) return;
    draft.dirty = true;
    if (draft.target.kind === 'textarea') {
      // Keep the underlines on the right characters until the next review arrives.
      const value = draft.target.el.value;
      if (value !== draft.text) {
        const spans = draft.findings.filter(
          (f) => f.start !== null && f.end !== null && f.field === 'body',
        );
        const shifted = shiftSpans(
          draft.text,
          value,
          spans as Array<LocalFinding & { start: number; end: number }>,
        );
        draft.findings = [
          ...draft.findings.filter((f) => f.field !== 'body' || f.start === null),
          ...shifted,
        ];
        draft.text = value;
      }
    }
    this.queueDraw();
    this.scheduleReview(REVIEW_DELAY_MS);
    // Only the pending mark on the keystroke path; the list is rebuilt when the review arrives.
    this.badge?.setPending(true);
  }

  private scheduleReview(delay: number): void {
    this.win.clearTimeout(this.reviewTimer);
    this.reviewTimer = this.win.setTimeout(() => {
      this.reviewTimer = undefined;
      void this.reviewDirty();
    }, delay);
  }

  private reviewDirty(): Promise<void> {
    const runs = this.drafts.filter((d) => d.dirty).map((d) => this.review(d));
    return Promise.all(runs).then(() => undefined);
  }

  /** Reviews now whatever changed, and waits for every review in flight. */
  private async flush(): Promise<void> {
    this.win.clearTimeout(this.reviewTimer);
    this.reviewTimer = undefined;
    await this.reviewDirty();
    await Promise.all(this.drafts.map((d) => d.inFlight));
  }

  private readDraft(draft: TrackedDraft): { text: string; dom: DomText | null } {
    if (draft.target.kind === 'textarea') return { text: draft.target.el.value, dom: null };
    const dom = readDomText(draft.target.el);
    return { text: dom.text, dom };
  }

  private review(draft: TrackedDraft): Promise<void> {
    draft.dirty = false;
    const seq = ++draft.seq;
    const began = this.win.performance.now();
    const { text, dom } = this.readDraft(draft);
    const fields = readFormFields(
      this.docs,
      this.drafts.map((d) => d.target.el),
      this.profile,
    );
    this.win.performance.measure('disclosure-review:read', { start: began });
    const { title = '', ...rest } = fields;
    const pageDraft: PageDraft = {
      title,
      body: { format: 'text', content: text },
      fields: Object.fromEntries(
        Object.entries(rest).filter((e): e is [string, string] => typeof e[1] === 'string'),
      ),
    };
    const run = this.ports
      .send({ type: 'content→bg:review', draft: pageDraft })
      .then((raw) => {
        const parsed = ReviewReplySchema.safeParse(raw);
        const reply: ReviewReply = parsed.success
          ? parsed.data
          : { ok: false, error: 'No answer from the background' };
        if (seq !== draft.seq || this.stopped) return;
        if (!reply.ok) {
          console.warn('[公开审查助手] 审查失败 review failed:', reply.error);
          return;
        }
        draft.text = text;
        draft.dom = dom;
        draft.documentClass = reply.documentClass;
        draft.profile = reply.profile;
        draft.findings = reply.findings.map((finding, index) => ({
          ...finding,
          key: `${draft.id}:${seq}:${index}`,
          draftId: draft.id,
          range:
            dom && finding.field === 'body' && finding.start !== null && finding.end !== null
              ? rangeForOffsets(dom, finding.start, finding.end)
              : null,
        }));
        this.render();
      })
      .catch((error: unknown) => {
        if (seq === draft.seq) draft.dirty = true;
        console.warn('[公开审查助手] 审查失败 review failed:', error);
      })
      .finally(() => {
        if (draft.inFlight === run) draft.inFlight = null;
        if (!this.stopped) this.badge?.setPending(this.isPending());
      });
    draft.inFlight = run;
    return run;
  }

  // ── Showing findings ───────────────────────────────────────────────────────────────

  /** This root's findings, with document-level and field findings shared by drafts listed once. */
  private localFindings(): LocalFinding[] {
    const seen = new Set<string>();
    const out: LocalFinding[] = [];
    for (const draft of this.drafts) {
      for (const finding of draft.findings) {
        if (finding.field !== 'body' || finding.start === null) {
          const id = `${finding.ruleId}|${finding.field}|${finding.message}`;
          if (seen.has(id)) continue;
          seen.add(id);
        }
        out.push(finding);
      }
    }
    return out;
  }

  private isPending(): boolean {
    return this.drafts.some((d) => d.dirty || d.inFlight !== null);
  }

  private render(): void {
    if (this.stopped) return;
    const local = this.localFindings();
    const byDoc = new Map<Document, RangesBySeverity>();
    for (const draft of this.drafts) {
      if (draft.target.kind !== 'editable') continue;
      const entry = byDoc.get(draft.target.doc) ?? { block: [], warn: [], info: [] };
      for (const finding of draft.findings)
        if (finding.range) entry[finding.severity].push(finding.range);
      byDoc.set(draft.target.doc, entry);
    }
    this.highlights.show(byDoc);
    this.queueDraw();
    this.renderBadge(this.isPending());
    if (!this.isTop && (this.drafts.length > 0 || this.reported)) {
      this.reported = true;
      void this.ports
        .send({
          type: 'content→bg:frame-report',
          active: this.drafts.length > 0,
          findings: local.map((f) => this.report(f)),
        })
        .catch(() => undefined);
    }
  }

  private report(finding: LocalFinding): ReportedFinding {
    const inBody = finding.field === 'body' && finding.start !== null;
    return {
      key: finding.key,
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      excerpt: finding.excerpt,
      canMask: inBody && finding.fix !== undefined,
      canReveal: inBody,
    };
  }

  private allFindings(): BadgeFinding[] {
    const out: BadgeFinding[] = this.localFindings().map((f) => this.report(f));
    for (const [frameId, findings] of this.frameReports) {
      for (const finding of findings) out.push({ ...finding, frameId });
    }
    return out;
  }

  private renderBadge(pending: boolean): void {
    if (!this.isTop) return;
    if (this.drafts.length === 0 && this.frameReports.size === 0) {
      this.badge?.remove();
      this.badge = null;
      return;
    }
    if (!this.badge) {
      this.badge = new Badge(this.win.document, {
        reveal: (f) => this.act(f, 'reveal'),
        mask: (f) => this.act(f, 'mask'),
        pickSiteProfile: () => this.pickProfile(),
        disableSite: () => {
          void this.ports.send({
            type: 'content→bg:set-site-enabled',
            origin: this.win.location.origin,
            enabled: false,
          });
        },
      });
      this.badge.mount();
    }
    this.badge.update(this.allFindings(), pending);
  }

  private queueDraw(): void {
    if (this.stopped) return;
    // Measuring a long textarea on its mirror costs a layout of the whole text: while the user
    // types in one, wait for a pause instead of measuring on every frame.
    const long = this.drafts.some(
      (d) =>
        d.target.kind === 'textarea' &&
        d.findings.length > 0 &&
        d.target.el.value.length > LONG_TEXTAREA,
    );
    if (long) {
      this.marks.draw([]);
      this.win.clearTimeout(this.drawTimer);
      this.drawTimer = this.win.setTimeout(() => this.drawMarks(), LONG_TEXTAREA_DRAW_DELAY_MS);
      return;
    }
    if (this.drawQueued) return;
    this.drawQueued = true;
    this.win.requestAnimationFrame(() => {
      this.drawQueued = false;
      this.drawMarks();
    });
  }

  /** The overlay: textareas always, editors only where the highlight API is missing. */
  private drawMarks(): void {
    const boxes: MarkBox[] = [];
    const root = this.win.document;
    for (const draft of this.drafts) {
      const body = draft.findings
        .filter((f) => f.field === 'body' && f.start !== null && f.end !== null)
        .slice(0, MAX_MARKED);
      if (body.length === 0) continue;
      if (draft.target.kind === 'textarea') {
        this.marks.textareaBoxes(
          draft.target.el,
          body.map((f) => ({ start: f.start!, end: f.end!, severity: f.severity })),
          boxes,
        );
      } else if (!supportsHighlights(draft.target.doc)) {
        rangeBoxes(
          body.filter((f) => f.range).map((f) => ({ range: f.range!, severity: f.severity })),
          root,
          boxes,
        );
      }
    }
    this.marks.draw(boxes);
  }

  // ── Acting on a finding ────────────────────────────────────────────────────────────

  private act(finding: BadgeFinding, action: 'reveal' | 'mask'): void {
    if (finding.frameId !== undefined) {
      void this.ports.send({
        type: 'content→bg:frame-action',
        frameId: finding.frameId,
        action,
        key: finding.key,
      });
      return;
    }
    this.handleAction(action, finding.key);
  }

  /** Handles a message from the background meant for this frame. */
  handleMessage(message: BackgroundMessage): void {
    switch (message.type) {
      case 'bg→content:frame-report':
        if (!this.isTop) return;
        // A frame with drafts but no findings still counts: the page shows as checked and clean.
        if (message.active) this.frameReports.set(message.frameId, message.findings);
        else this.frameReports.delete(message.frameId);
        this.renderBadge(this.isPending());
        return;
      case 'bg→content:frame-action':
        this.handleAction(message.action, message.key);
        return;
      default: {
        const never: never = message;
        return never;
      }
    }
  }

  private handleAction(action: 'reveal' | 'mask', key: string): void {
    const draft = this.drafts.find((d) => d.findings.some((f) => f.key === key));
    const finding = draft?.findings.find((f) => f.key === key);
    if (!draft || !finding || finding.start === null || finding.end === null) return;
    if (action === 'reveal') this.reveal(draft, finding);
    else this.mask(draft, finding);
  }

  private reveal(draft: TrackedDraft, finding: LocalFinding): void {
    const target = draft.target;
    if (target.kind === 'textarea') {
      target.el.scrollIntoView({ block: 'center' });
      target.el.focus();
      target.el.setSelectionRange(finding.start!, finding.end!);
      // Chrome scrolls a textarea to its selection when focus arrives.
      target.el.blur();
      target.el.focus();
      return;
    }
    const range = finding.range;
    if (!range) return;
    const anchor = range.startContainer.parentElement;
    anchor?.scrollIntoView({ block: 'center' });
    target.el.focus({ preventScroll: true });
    const selection = target.doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range.cloneRange());
  }

  /**
   * Replaces a found identifier with its masked form through the editor's own editing path:
   * select it, then the editor's own API where the main-world bridge knows the editor (TinyMCE,
   * CKEditor 4 and 5, KindEditor, Trix, Quill), else `beforeinput` (Slate, Lexical apply it and
   * cancel the event), else `execCommand('insertText')` (textarea, plain contenteditable,
   * ProseMirror), so undo works and the editor's model stays in step.
   */
  private mask(draft: TrackedDraft, finding: LocalFinding): void {
    const masked = finding.fix?.masked;
    if (!masked) return;
    const expected = draft.text.slice(finding.start!, finding.end!);
    const target = draft.target;
    if (target.kind === 'textarea') {
      const area = target.el;
      if (area.value.slice(finding.start!, finding.end!) !== expected) return this.stale(draft);
      area.focus();
      area.setSelectionRange(finding.start!, finding.end!);
      const done = target.doc.execCommand('insertText', false, masked);
      if (!done) {
        area.setRangeText(masked, finding.start!, finding.end!, 'end');
        area.dispatchEvent(
          new InputEvent('input', { bubbles: true, inputType: 'insertText', data: masked }),
        );
      }
      return;
    }
    const range = finding.range;
    if (!range || range.toString() !== expected) return this.stale(draft);
    target.el.focus({ preventScroll: true });
    const selection = target.doc.getSelection();
    if (!selection) return;
    selection.removeAllRanges();
    selection.addRange(range.cloneRange());
    // Editors copy the DOM selection into their models on `selectionchange` (Slate throttles it
    // to 100 ms): give them that moment before asking them to replace it.
    this.win.setTimeout(() => {
      if (this.stopped) return;
      if (range.toString() !== expected) return this.stale(draft);
      const current = target.doc.getSelection();
      current?.removeAllRanges();
      current?.addRange(range.cloneRange());
      this.replaceSelection(target, range, masked, expected);
      this.markDirty(draft);
    }, SELECTION_SYNC_MS);
  }

  /** Replaces the editor's selection: its own API through the bridge, else beforeinput, else insertText. */
  private replaceSelection(
    target: Extract<DraftTarget, { kind: 'editable' }>,
    range: Range,
    masked: string,
    expected: string,
  ): void {
    const view = target.doc.defaultView as (Window & typeof globalThis) | null;
    const frame = view?.frameElement;
    // Iframe editors live in the page that holds the iframe; the bridge there knows them by it.
    const bridgeTarget = frame && target.el === target.doc.body ? frame : target.el;
    const bridgeView = bridgeTarget.ownerDocument.defaultView as
      (Window & typeof globalThis) | null;
    const request = new (bridgeView?.CustomEvent ?? CustomEvent)(MASK_EVENT, {
      detail: JSON.stringify({ masked, expected }),
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    if (!bridgeTarget.dispatchEvent(request)) return;
    const StaticRangeCtor = view?.StaticRange ?? StaticRange;
    const before = new (view?.InputEvent ?? InputEvent)('beforeinput', {
      bubbles: true,
      cancelable: true,
      composed: true,
      inputType: 'insertText',
      data: masked,
      targetRanges: [
        new StaticRangeCtor({
          startContainer: range.startContainer,
          startOffset: range.startOffset,
          endContainer: range.endContainer,
          endOffset: range.endOffset,
        }),
      ],
    });
    // Model editors (CKEditor 5, Slate, Lexical) apply a beforeinput themselves and cancel it.
    if (!target.el.dispatchEvent(before)) return;
    target.doc.execCommand('insertText', false, masked);
  }

  private stale(draft: TrackedDraft): void {
    // The text moved since the review: review again; the user clicks again on the fresh list.
    this.markDirty(draft);
    this.scheduleReview(0);
  }

  // ── The side panel ─────────────────────────────────────────────────────────────────

  /** The page's draft as the side panel shows it (masked findings only). */
  pageState(): PageState {
    const fields = readFormFields(
      this.docs,
      this.drafts.map((d) => d.target.el),
      this.profile,
    );
    const seen = new Map<string, number>();
    const fingerprint = (f: { ruleId: string; field: string; message: string }): string => {
      const base = `${f.ruleId}|${f.field}|${f.message}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      return `${base}|${n}`;
    };
    const findings: PanelFinding[] = this.localFindings().map((f) => ({
      ...this.report(f),
      category: f.category,
      kind: f.kind,
      field: f.field,
      fingerprint: fingerprint(f),
    }));
    for (const [frameId, reported] of this.frameReports) {
      for (const f of reported) {
        findings.push({
          ...f,
          category: f.ruleId.split('/')[0] ?? '',
          kind: '',
          field: 'body',
          fingerprint: fingerprint({
            ruleId: f.ruleId,
            field: `frame${frameId}`,
            message: f.message,
          }),
          frameId,
        });
      }
    }
    const first = this.drafts.find((d) => d.documentClass !== null);
    const location = this.win.location;
    return {
      url: location.origin + location.pathname + location.search,
      origin: location.origin,
      path: location.pathname,
      drafts: this.drafts.length + this.frameReports.size,
      pending: this.isPending(),
      status: statusOf(findings),
      title: fields.title ?? '',
      documentNumber: fields.documentNumber ?? '',
      disclosureAttribute: fields.disclosureAttribute ?? '',
      column: fields.column ?? '',
      documentClass: first?.documentClass ?? null,
      profile: first?.profile ?? null,
      findings,
    };
  }

  /** Scrolls to and selects a finding's span (asked by the side panel). */
  revealFinding(key: string, frameId?: number): void {
    if (frameId !== undefined) {
      void this.ports
        .send({ type: 'content→bg:frame-action', frameId, action: 'reveal', key })
        .catch(() => undefined);
      return;
    }
    this.handleAction('reveal', key);
  }

  // ── The gate before publishing ─────────────────────────────────────────────────────

  private blockFindings(): BadgeFinding[] {
    return this.allFindings().filter((f) => f.severity === 'block');
  }

  private onClick(event: Event): void {
    if (this.stopped || !event.isTrusted) return;
    const control = publishControl(event.target, this.profile?.publishButtons ?? []);
    if (!control) return;
    if (this.bypass.has(control)) {
      this.bypass.delete(control);
      return;
    }
    if (this.drafts.length === 0 && this.frameReports.size === 0) return;
    const pending = this.isPending();
    if (!pending && this.blockFindings().length === 0) return;
    // Hold the click until the draft as it is now has been reviewed.
    event.preventDefault();
    event.stopImmediatePropagation();
    void this.gate(control);
  }

  private async gate(control: Element): Promise<void> {
    await this.flush();
    const blocks = this.blockFindings();
    if (blocks.length === 0) return this.release(control);
    const choice = await openGateDialog(this.win.document, blocks, true);
    const fields = readFormFields(
      this.docs,
      this.drafts.map((d) => d.target.el),
      this.profile,
    );
    const local = this.localFindings();
    const decision: GateDecision = {
      at: new Date().toISOString(),
      decision: choice.decision,
      reason: choice.decision === 'publish-anyway' ? choice.reason : '',
      origin: this.win.location.origin,
      path: this.win.location.pathname,
      title: fields.title ?? '',
      documentNumber: fields.documentNumber ?? '',
      disclosureAttribute: fields.disclosureAttribute ?? '',
      documentClass: this.drafts.find((d) => d.documentClass)?.documentClass?.class ?? null,
      button: controlLabel(control),
      findings: [
        ...local.map((f) => ({
          ruleId: f.ruleId,
          category: f.category,
          kind: f.kind,
          severity: f.severity,
          excerpt: f.excerpt,
        })),
        ...[...this.frameReports.values()].flat().map((f) => ({
          ruleId: f.ruleId,
          category: f.ruleId.split('/')[0] ?? '',
          kind: '',
          severity: f.severity as Severity,
          excerpt: f.excerpt,
        })),
      ],
    };
    void this.ports.send({ type: 'content→bg:gate-decision', decision }).catch(() => undefined);
    if (choice.decision === 'publish-anyway') this.release(control);
  }

  /** Lets the CMS's own handler run, as if our listener had not been there. */
  private release(control: Element): void {
    this.bypass.add(control);
    (control as HTMLElement).click();
    this.bypass.delete(control);
  }

  // ── Site profile by pointing ───────────────────────────────────────────────────────

  private pickProfile(): void {
    startPicker(this.win.document, this.docs, this.profile, (profile) => {
      void this.ports.send({ type: 'content→bg:save-profile', profile });
      this.setProfile(profile);
    });
  }

  /** Whether this session currently tracks a draft (used by tests and the relay). */
  get draftCount(): number {
    return this.drafts.length;
  }

  /** Status of this root's findings (for logging). */
  get status(): ReturnType<typeof statusOf> {
    return statusOf(this.allFindings());
  }
}

export type { Severity };
