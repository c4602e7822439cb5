// The shared engines scenario (scenario.mjs) in Firefox ESR, through puppeteer-core over
// WebDriver BiDi. Needs a release build in dist/ (make build), firefox-esr and nginx
// (scripts/setup.sh). Run: node --test tests/engines/firefox.test.mjs
import * as firefox from './firefox.mjs';
import { scenario } from './scenario.mjs';

scenario(firefox);
