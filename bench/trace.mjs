// Where an interaction's time goes: a Chromium trace of one sample, its page's main thread
// between the input event and the end of the frame that shows the result, split by the
// kind of work (each trace event's self time, nested events taken out of their parent's).
//
// The split is what the "Where the time goes" table of BENCHMARKS.md shows for the typical
// plan, beside the same split of the bare page's floor: it says what the difference
// between the two is made of, from the same run as the figures it explains.

/**
 * Enough for the split: the timeline's own events (scripts, style, layout, paint), V8's
 * (garbage collection, and compiling wasm functions the first time they run), the frame's
 * lifecycle and the input's routing, and marks.
 */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'v8.wasm',
  // The main-frame lifecycle and input routing, which would otherwise be anonymous task time.
  'toplevel',
  'input',
];

/** The mark `timed` sets before a traced sample, to place the probe's times in the trace. */
export const TRACE_MARK = 'bench-trace-start';

/**
 * The kinds of work, in the order the table shows them. `wasm compile` is V8 compiling a
 * wasm function the first time it is called (it compiles lazily); `other` is the
 * browser's own handling of tasks and messages (routing the input, scheduling, the
 * DevTools messages of the bench itself and of tracing), garbage collection, and any
 * moment the main thread waited for a CPU core.
 */
export const KINDS = ['script', 'wasm compile', 'style & layout', 'paint & commit', 'other'];

// By event name; an event of no known kind does its parent's kind of work (text shaping
// inside a layout, a DOM call inside a script).
const KIND_OF = [
  [/^(WebFrameWidgetImpl::HandleInputEvent|WidgetBaseInputHandler|WidgetInputHandlerManager|InputHandlerProxy|LatencyInfo)/, 'other'],
  [/^(wasm\.Compile|wasm\.LazyCompil|V8\.WasmCompile|v8\.wasm\.compile)/i, 'wasm compile'],
  [/^(UpdateLayoutTree|RecalculateStyles|Document::Update|Document::updateStyle|StyleRecalc|StyleEngine|Layout$|UpdateLayout|LocalFrameView::performLayout|LocalFrameView::UpdateLayout|HitTest|InlineNode|LayoutView|IntersectionObserver|ComputeIntersections)/, 'style & layout'],
  [/^(Paint|PrePaint|Layerize|UpdateLayer|CompositeLayers|Commit|PaintArtifactCompositor|Blink\.|cc::|BeginMainFrame|ProxyMain::BeginMainFrame|UpdateLifecycle|LocalFrameView::Run|WebFrameWidgetImpl::|PageAnimator)/, 'paint & commit'],
  [/^(FunctionCall|EvaluateScript|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks|FireIdleCallback|HandlePostMessage|v8\.|V8\.|v8$|wasm|WebAssembly|TypingCommand|Editor::|FrameSelection|VisibleUnits|HTML\w+Element)/, 'script'],
];
const kindOf = (name) => KIND_OF.find(([re]) => re.test(name))?.[1] ?? null;

/**
 * Splits one traced sample. `trace`: the JSON Playwright's `stopTracing` returns;
 * `markAt`: `performance.now()` when TRACE_MARK was set; `sample`: the probe's
 * { start, frame } (ms on the page's clock). Returns { window, busy, script, 'style & layout',
 * 'paint & commit', other, idle } in ms, `idle` being the part of the window the main
 * thread was not busy (waiting for the frame, or for the compositor).
 */
export function splitSample(trace, markAt, sample) {
  const events = trace.traceEvents ?? trace;
  const mark = events.find((e) => e.name === TRACE_MARK && e.cat?.includes('user_timing'));
  if (!mark || sample.start == null) return null;
  const start = mark.ts + (sample.start - markAt) * 1000;
  const end = start + sample.frame * 1000;
  const xs = events
    .filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.dur != null)
    .filter((e) => e.ts < end && e.ts + e.dur > start)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const clip = (e) => Math.max(0, Math.min(e.ts + e.dur, end) - Math.max(e.ts, start));
  const self = new Map();
  const kind = new Map();
  const open = [];
  for (const e of xs) {
    while (open.length && open.at(-1).ts + open.at(-1).dur <= e.ts) open.pop();
    const parent = open.at(-1);
    const time = clip(e);
    self.set(e, (self.get(e) ?? 0) + time);
    if (parent) self.set(parent, self.get(parent) - time);
    kind.set(e, kindOf(e.name) ?? (parent ? kind.get(parent) : 'other') ?? 'other');
    open.push(e);
  }
  const split = Object.fromEntries(KINDS.map((k) => [k, 0]));
  for (const [e, us] of self) if (us > 0) split[kind.get(e)] += us / 1000;
  const busy = KINDS.reduce((sum, k) => sum + split[k], 0);
  return { window: sample.frame, busy, ...split, idle: Math.max(0, sample.frame - busy) };
}

/** The median of each part over `splits` (nulls, samples the trace missed, left out). */
export function medianSplit(splits) {
  const kept = splits.filter(Boolean);
  if (!kept.length) return null;
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  const keys = ['window', 'busy', ...KINDS, 'idle'];
  return { n: kept.length, ...Object.fromEntries(keys.map((k) => [k, median(kept.map((s) => s[k]))])) };
}

