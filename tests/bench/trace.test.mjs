// The bench's split of a traced interaction (bench/trace.mjs), on a hand-made trace whose
// answer is known: nested events count once each, in their own kind, within the window.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TRACE_MARK, medianSplit, splitSample } from '../../bench/trace.mjs';

const MAIN = { pid: 1, tid: 2 };
const x = (name, fromMs, toMs, where = MAIN) => ({ ...where, ph: 'X', name, ts: fromMs * 1000, dur: (toMs - fromMs) * 1000 });
// The mark at 1 ms of trace time, set when the page's clock said 100 ms: an input event
// at 101 ms on the page's clock is at 2 ms in the trace.
const mark = { ...MAIN, ph: 'R', name: TRACE_MARK, cat: 'blink.user_timing', ts: 1000 };
const sample = { start: 101, frame: 10 };

test('each kind of work gets its own time, nested events taken out of their parent', () => {
  const trace = {
    traceEvents: [
      mark,
      x('RunTask', 2, 12),
      x('FunctionCall', 2, 6),
      x('UpdateLayoutTree', 3, 4), // forced by the script: still style
      x('wasm.CompileLazy', 4, 4.5),
      x('HTMLInputElement::setValue', 4.5, 5), // no kind of its own: its parent's (script)
      x('Layout', 6, 8),
      x('InlineNode::ShapeText', 6.5, 7), // inside layout: layout
      x('Paint', 8, 9),
      x('FunctionCall', 0, 1.5), // before the input: not counted
      x('FunctionCall', 1, 2), // before the input: not counted
      x('FunctionCall', 2, 7, { pid: 1, tid: 3 }), // another thread
    ],
  };
  const split = splitSample(trace, 100, sample);
  assert.equal(split.window, 10);
  assert.equal(split.script, 2.5); // 4 ms less 1 of style and 0.5 of compiling (the DOM call is script)
  assert.equal(split['wasm compile'], 0.5);
  assert.equal(split['style & layout'], 3);
  assert.equal(split['paint & commit'], 1);
  assert.equal(split.other, 3); // the task's own time around its events: 10 - 4 - 2 - 1
  assert.equal(split.busy, 10);
  assert.equal(split.idle, 0);
});

test('an event crossing the window counts only its part inside; time outside every task is idle', () => {
  const trace = { traceEvents: [mark, x('FunctionCall', 0, 4), x('Paint', 10, 14)] };
  const split = splitSample(trace, 100, sample); // window: 2 to 12 ms
  assert.equal(split.script, 2);
  assert.equal(split['paint & commit'], 2);
  assert.equal(split.busy, 4);
  assert.equal(split.idle, 6);
});

test('a trace without the mark, or a sample without its start, splits nothing', () => {
  assert.equal(splitSample({ traceEvents: [x('FunctionCall', 2, 4)] }, 100, sample), null);
  assert.equal(splitSample([mark, x('FunctionCall', 2, 4)], 100, { frame: 10 }), null);
});

test('the median of each part, samples the trace missed left out', () => {
  const part = (script) => ({ window: 10, busy: script, script, 'wasm compile': 0, 'style & layout': 0, 'paint & commit': 0, other: 0, idle: 10 - script });
  const m = medianSplit([part(1), null, part(5), part(3)]);
  assert.equal(m.n, 3);
  assert.equal(m.script, 3);
  assert.equal(m.idle, 7);
  assert.equal(medianSplit([null]), null);
});
