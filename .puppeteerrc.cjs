/**
 * Puppeteer (brought in by @daisy/ace-cli, the EPUB accessibility checker) never downloads a
 * browser: not in `npm install`, not in `npm ci` on CI. Ace runs Debian's /usr/bin/chromium
 * (tests/build/epub.test.ts sets PUPPETEER_EXECUTABLE_PATH).
 */
module.exports = { skipDownload: true };
