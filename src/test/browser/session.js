// What the browser tests share: their settings from the environment (set by the Python test that started
// the Jupyter server), headless /usr/bin/chromium with no network beyond 127.0.0.1, step logging, the
// checks every front end must pass, and a screenshot whether the test passes or fails.
const { chromium } = require('playwright-core');

const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--proxy-server=127.0.0.1:9',
];

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`set ${name} (the Python tests in src/test/python start these scripts)`);
  }
  return value;
}

const settings = () => ({
  url: required('NOTEBOOK_URL'),          // the notebook's page on the server, with ?token=...
  workers: Number(required('WORKERS')),   // the worker count to put into the parameters cell
  screenshot: required('SCREENSHOT'),     // where to save the page once the cells ran
  runSeconds: Number(process.env.RUN_SECONDS || 600),
});

// Runs test(page, settings, step) in a fresh headless Chromium and exits 0, or 1 with the reason.
function runSession(name, test) {
  const step = message => console.log(`[${name}] ${message}`);
  const main = async () => {
    const options = settings();
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    page.on('pageerror', error => console.error(`[${name}] page error: ${error.message}`));
    try {
      await test(page, options, step);
      await page.screenshot({ path: options.screenshot, fullPage: true });
      step(`screenshot: ${options.screenshot}`);
    } catch (error) {
      const screenshot = options.screenshot.replace(/\.png$/, '-failed.png');
      await page.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
      console.error(`[${name}] screenshot of the failure: ${screenshot}`);
      throw error;
    } finally {
      await browser.close();
    }
  };
  main().then(() => process.exit(0), error => {
    console.error(`[${name}] FAILED: ${error.stack || error}`);
    process.exit(1);
  });
}

// The text with `int workers = N;` set to the given count; fails if the cell has no such line.
function withWorkers(source, workers) {
  const line = /int workers = \d+;/;
  if (!line.test(source)) {
    throw new Error(`the parameters cell has no "int workers = N;":\n${source}`);
  }
  return source.replace(line, `int workers = ${workers};`);
}

// After Run All: the chart is drawn (interactive Plotly SVG, or at least its PNG) and the outputs show
// the edited worker count. `outputs` is a CSS selector for the output areas of this front end.
async function checkChartAndWorkers(page, { workers }, step, outputs) {
  const chart = await page.waitForSelector(`${outputs} svg.main-svg, ${outputs} img[src^="data:image/png"]`,
      { timeout: 120_000 }).catch(() => null); // generous: unpacking plotly.js on a loaded CI machine takes a while
  if (!chart) {
    throw new Error('no chart in the output: neither a Plotly SVG (svg.main-svg) nor a PNG image');
  }
  const svg = await page.waitForSelector(`${outputs} svg.main-svg`, { timeout: 60_000 }).catch(() => null);
  step(svg ? 'interactive Plotly chart drawn (svg.main-svg)'
      : 'only the static PNG of the chart shows (plotly.js did not draw)');
  await (svg || chart).scrollIntoViewIfNeeded(); // notebooks scroll inside the page: show the chart in the screenshot
  const text = await page.$$eval(outputs, nodes => nodes.map(node => node.innerText).join('\n'));
  if (!new RegExp(`\\b${workers} threads\\b`).test(text)) {
    throw new Error(`the output does not show "${workers} threads":\n${text.slice(0, 2000)}`);
  }
  step(`the output shows "${workers} threads"`);
}

module.exports = { runSession, withWorkers, checkChartAndWorkers };
