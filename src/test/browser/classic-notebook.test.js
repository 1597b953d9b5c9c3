// Drives the classic Notebook (notebook 6) in headless Chromium like a user: opens a notebook, changes the
// worker count in its parameters cell, runs all cells from the Cell menu, waits for every cell to finish,
// then checks that no cell failed, that the chart is there and that the new worker count shows in the
// output. Started by src/test/python/test_classic_notebook.py, which starts the server; settings come
// from the environment. Exits 0 on success, 1 with the reason on stderr.
const { chromium } = require('playwright-core');

const settings = {
  url: required('NOTEBOOK_URL'),             // http://127.0.0.1:PORT/notebooks/NAME.ipynb?token=TOKEN
  workers: Number(required('WORKERS')),      // the worker count to type into the parameters cell
  screenshot: required('SCREENSHOT'),        // where to save the page once the cells ran
  runSeconds: Number(process.env.RUN_SECONDS || 600),
};
const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--proxy-server=127.0.0.1:9',
];

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`set ${name} (see src/test/python/test_classic_notebook.py)`);
  }
  return value;
}

async function main() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  try {
    page.on('pageerror', error => console.error(`page error: ${error.message}`));
    await page.goto(settings.url);
    await page.waitForFunction(() => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel
        && Jupyter.notebook.kernel.is_connected()
        && document.querySelector('#kernel_indicator_icon.kernel_idle'), null, { timeout: 60_000 });
    step('kernel started and idle');

    const edited = await page.evaluate(setWorkers, settings.workers);
    step(`parameters cell now reads:\n${edited}`);

    await page.click('#celllink');        // the Cell menu
    await page.click('#run_all_cells');   // Run All
    await page.waitForFunction(() => Jupyter.notebook.get_cells()
        .filter(cell => cell.cell_type === 'code')
        .every(cell => typeof cell.input_prompt_number === 'number'),
        null, { timeout: settings.runSeconds * 1000, polling: 250 });
    step('every code cell has run');

    const failures = await page.$$eval('.output_error', nodes => nodes.map(node => node.innerText));
    if (failures.length > 0) {
      throw new Error(`cells failed:\n${failures.join('\n---\n')}`);
    }
    const chart = await page.waitForSelector('.output_area svg.main-svg, .output_area img[src^="data:image/png"]',
        { timeout: 30_000 }).catch(() => null);
    if (!chart) {
      throw new Error('no chart in the output: neither a Plotly SVG (svg.main-svg) nor a PNG image');
    }
    const interactive = await page.$$eval('.output_area svg.main-svg', nodes => nodes.length);
    step(interactive > 0 ? `interactive Plotly chart drawn (${interactive} svg.main-svg)`
        : 'only the static PNG of the chart is shown (plotly.js did not draw)');
    const outputText = await page.$$eval('.output_area', nodes => nodes.map(node => node.innerText).join('\n'));
    const workersShown = new RegExp(`\\b${settings.workers} threads\\b`);
    if (!workersShown.test(outputText)) {
      throw new Error(`the output does not show "${settings.workers} threads":\n${outputText.slice(0, 2000)}`);
    }
    step(`the output shows "${settings.workers} threads"`);
    await page.screenshot({ path: settings.screenshot, fullPage: true });
    step(`screenshot: ${settings.screenshot}`);
  } catch (error) {
    const screenshot = settings.screenshot.replace(/\.png$/, '-failed.png');
    await page.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
    console.error(`[classic notebook] screenshot of the failure: ${screenshot}`);
    throw error;
  } finally {
    await browser.close();
  }
}

// Runs in the page: replaces the number in `int workers = N;` through the cell's CodeMirror editor.
function setWorkers(workers) {
  const cell = Jupyter.notebook.get_cells().find(c => c.cell_type === 'code');
  const editor = cell.code_mirror;
  const match = /int workers = \d+;/.exec(editor.getValue());
  if (!match) {
    throw new Error(`the first code cell has no "int workers = N;":\n${editor.getValue()}`);
  }
  editor.replaceRange(`int workers = ${workers};`, editor.posFromIndex(match.index),
      editor.posFromIndex(match.index + match[0].length));
  return editor.getValue();
}

function step(message) {
  console.log(`[classic notebook] ${message}`);
}

main().then(() => process.exit(0), error => {
  console.error(`[classic notebook] FAILED: ${error.stack || error}`);
  process.exit(1);
});
