// A user's session in the classic Notebook (notebook 6): open a notebook, change the worker count in its
// parameters cell, Cell > Run All, wait for every cell to finish, then check that no cell failed, that the
// chart is drawn and that the new worker count shows; a %%python cell, once selected, must be highlighted as
// Python (the classic Notebook's own highlight_modes switch a cell whose first line is %%python to its
// magic_python mode, whatever the kernel). Started by src/test/python/test_classic_notebook.py.
const { runSession, withWorkers, checkChartAndWorkers } = require('./session');

runSession('classic notebook', async (page, settings, step) => {
  await page.goto(settings.url);
  await page.waitForFunction(() => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel
      && Jupyter.notebook.kernel.is_connected()
      && document.querySelector('#kernel_indicator_icon.kernel_idle_icon'), null, { timeout: 60_000 });
  step('kernel started and idle');

  const source = await page.evaluate(() => Jupyter.notebook.get_cells().find(c => c.cell_type === 'code')
      .code_mirror.getValue());
  const edited = withWorkers(source, settings.workers);
  await page.evaluate(text => Jupyter.notebook.get_cells().find(c => c.cell_type === 'code')
      .code_mirror.setValue(text), edited);
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
  await checkChartAndWorkers(page, settings, step, '.output_area');

  // The notebook gives every cell the kernel's mode (Java) when the kernel is ready; a cell's own
  // highlight mode is worked out when it is selected or left, as a user does on the way to edit it.
  const pythonCells = () => Jupyter.notebook.get_cells()
      .filter(cell => cell.cell_type === 'code' && cell.get_text().startsWith('%%python'));
  const modes = () => page.evaluate(`(${pythonCells})().map(cell => cell.code_mirror.getOption('mode'))`);
  if ((await modes()).length > 0) {
    step(`%%python cells' CodeMirror modes after Run All: ${JSON.stringify(await modes())}`);
    await page.evaluate(`(${pythonCells})().forEach(cell => Jupyter.notebook.select(Jupyter.notebook.find_cell_index(cell)))`);
    await page.waitForFunction(`(${pythonCells})().every(cell => cell.code_mirror.getOption('mode') === 'magic_python')`,
        null, { timeout: 30_000 }).catch(async () => {
      throw new Error(`selected %%python cells are not highlighted as Python: modes ${JSON.stringify(await modes())}`);
    });
    step('selected, %%python cells are highlighted as Python (CodeMirror mode magic_python)');
  }
});
