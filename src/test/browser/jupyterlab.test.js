// A user's session in JupyterLab 4: open a notebook, change the worker count in its parameters cell, run
// all cells, wait for every cell to finish, then check that no cell failed, that the chart is drawn and that
// the new worker count shows. The server runs with --expose-app-in-browser, so the test reads cell state
// from JupyterLab's own models instead of guessing from pixels. Started by src/test/python/test_jupyterlab.py.
const { runSession, withWorkers, checkChartAndWorkers } = require('./session');

runSession('jupyterlab', async (page, settings, step) => {
  await page.addInitScript(() => {
    window.gilLabNotebook = () => [...window.jupyterapp.shell.widgets('main')]
        .find(widget => widget.sessionContext && widget.content && widget.content.widgets);
    window.gilLabCodeCells = () => window.gilLabNotebook().content.widgets.filter(cell => cell.model.type === 'code');
  });
  await page.goto(settings.url);
  await page.waitForFunction(() => {
    const notebook = window.jupyterapp && window.gilLabNotebook();
    const kernel = notebook && notebook.sessionContext.session && notebook.sessionContext.session.kernel;
    return kernel && kernel.status === 'idle' && window.gilLabCodeCells().length > 0;
  }, null, { timeout: 120_000 });
  step('notebook open, kernel idle');

  const source = await page.evaluate(() => window.gilLabCodeCells()[0].model.sharedModel.getSource());
  const edited = withWorkers(source, settings.workers);
  await page.evaluate(text => window.gilLabCodeCells()[0].model.sharedModel.setSource(text), edited);
  step(`parameters cell now reads:\n${edited}`);

  await page.evaluate(() => window.jupyterapp.commands.execute('notebook:run-all-cells'));
  await page.waitForFunction(() => window.gilLabCodeCells().every(cell => cell.model.executionCount !== null),
      null, { timeout: settings.runSeconds * 1000, polling: 250 });
  step('every code cell has run');

  const failures = await page.evaluate(() => window.gilLabCodeCells()
      .flatMap(cell => cell.model.outputs.toJSON())
      .filter(output => output.output_type === 'error')
      .map(output => `${output.ename}: ${output.evalue}`));
  if (failures.length > 0) {
    throw new Error(`cells failed:\n${failures.join('\n')}`);
  }
  await checkChartAndWorkers(page, settings, step, '.jp-OutputArea-output');

  // JupyterLab highlights every cell in the notebook's language: what does a %%python cell get?
  const mimeTypes = await page.evaluate(() => window.gilLabCodeCells()
      .filter(cell => cell.model.sharedModel.getSource().startsWith('%%python'))
      .map(cell => cell.model.mimeType));
  if (mimeTypes.length > 0) {
    step(`%%python cells are highlighted as: ${[...new Set(mimeTypes)].join(', ')}`);
  }
});
