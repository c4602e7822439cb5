// The engines stage's eyes in the page. WebDriver (classic, and Firefox's BiDi as
// puppeteer uses it) reports no console errors, CSP violations or requests the way
// Playwright does, so this script, loaded by the instrumented build's index.html before
// any other script (tests/engines/lib.mjs), records them:
//
//   - console.error calls, uncaught exceptions and unhandled rejections;
//   - elements that failed to load;
//   - every Content-Security-Policy violation (securitypolicyviolation);
//   - every request the page made (Resource Timing) whose origin is not the page's own.
//
// The record is kept in sessionStorage, so it outlives reloads and navigations of the tab
// (the app itself never uses sessionStorage); where that is not allowed, in memory.
// `reboundProbe.problems()` returns it, `reboundProbe.clear()` empties it,
// `reboundProbe.requests()` lists the URLs the page has asked for.
//
// It is a same-origin file (script-src 'self'), uses no eval and changes nothing the app
// sees.
(function () {
  'use strict';
  var KEY = 'rebound-engine-probe';
  var memory = [];
  var seen = {};

  function stored() {
    try {
      return JSON.parse(window.sessionStorage.getItem(KEY) || '[]');
    } catch (e) {
      return [];
    }
  }

  function record(kind, text) {
    var entry = kind + ': ' + text + ' (page ' + location.pathname + location.hash + ')';
    try {
      var list = stored();
      list.push(entry);
      window.sessionStorage.setItem(KEY, JSON.stringify(list));
    } catch (e) {
      memory.push(entry);
    }
  }

  function describe(value) {
    if (value instanceof Error) return (value.name || 'Error') + ': ' + value.message;
    if (typeof value === 'string') return value;
    try {
      return JSON.stringify(value);
    } catch (e) {
      return String(value);
    }
  }

  var consoleError = console.error;
  console.error = function () {
    record('console error', Array.prototype.map.call(arguments, describe).join(' '));
    return consoleError.apply(console, arguments);
  };

  window.addEventListener(
    'error',
    function (event) {
      var target = event.target;
      if (target && target !== window && (target.src || target.href)) {
        record('failed to load', target.tagName + ' ' + (target.src || target.href));
      } else {
        record('uncaught exception', (event.message || describe(event.error)) + ' at ' + event.filename + ':' + event.lineno);
      }
    },
    true
  );
  window.addEventListener('unhandledrejection', function (event) {
    record('unhandled rejection', describe(event.reason));
  });
  document.addEventListener(
    'securitypolicyviolation',
    function (event) {
      record(
        'CSP violation',
        event.effectiveDirective + ' blocked ' + (event.blockedURI || '(inline)') + ' at ' + event.sourceFile + ':' + event.lineNumber
      );
    },
    true
  );

  function checkRequest(url) {
    if (seen[url]) return;
    seen[url] = true;
    var parsed;
    try {
      parsed = new URL(url, location.href);
    } catch (e) {
      return;
    }
    if (!/^https?:$/.test(parsed.protocol)) return; // data:, blob:
    if (parsed.origin !== location.origin) record('request to another origin', url);
  }
  function checkAll() {
    if (!window.performance || !performance.getEntriesByType) return;
    performance.getEntriesByType('resource').forEach(function (entry) {
      checkRequest(entry.name);
    });
  }
  if (window.PerformanceObserver) {
    try {
      new PerformanceObserver(function (list) {
        list.getEntries().forEach(function (entry) {
          checkRequest(entry.name);
        });
      }).observe({ type: 'resource', buffered: true });
    } catch (e) {
      // Older engines: checkAll() at each read is enough.
    }
  }

  window.reboundProbe = {
    problems: function () {
      checkAll();
      return stored().concat(memory);
    },
    clear: function () {
      memory = [];
      try {
        window.sessionStorage.removeItem(KEY);
      } catch (e) {
        // nothing stored there
      }
    },
    requests: function () {
      checkAll();
      return Object.keys(seen);
    },
  };
})();
