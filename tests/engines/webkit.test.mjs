// The shared engines scenario (scenario.mjs) in WebKitGTK's MiniBrowser, through
// selenium-webdriver and WebKitWebDriver. MiniBrowser needs a display: run it under Xvfb,
//   xvfb-run -a node --test tests/engines/webkit.test.mjs
// Needs a release build in dist/ (make build), webkit2gtk-driver, xvfb, xauth and nginx
// (scripts/setup.sh).
import { scenario } from './scenario.mjs';
import * as webkit from './webkit.mjs';

scenario(webkit);
