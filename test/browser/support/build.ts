/**
 * Builds what the browser tests serve, from source, so they work on a clean clone: the pane with
 * the project's own webpack.config.js (production mode, as shipped) into a temporary folder, and
 * the fake Excel host script into one file. Both temporary folders are removed again.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import webpack, { type Configuration, type Stats } from 'webpack';
import { tempFolder } from '../../support/temp-folder';

const ROOT = resolve(__dirname, '..', '..', '..');

function compile(config: Configuration | Configuration[]): Promise<Stats | webpack.MultiStats> {
  return new Promise((done, fail) => {
    webpack(config as Configuration, (error, stats) => {
      if (error) return fail(error);
      if (!stats) return fail(new Error('webpack returned no stats'));
      if (stats.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true, errorDetails: true })));
      done(stats);
    });
  });
}

type ConfigExport = Configuration | Configuration[] | ((env: Record<string, unknown>, argv: Record<string, unknown>) => unknown);

export interface PaneBuild {
  /** The folder holding taskpane.html and its scripts. */
  readonly folder: string;
  /** Bytes of each emitted JavaScript file, by name. */
  readonly scripts: Readonly<Record<string, number>>;
  /** Deletes `folder`; for afterAll, once nothing serves it any more. */
  remove(): void;
}

/** The project's webpack configuration for the pane, its output redirected to `folder`. */
async function paneConfigs(folder: string): Promise<Configuration[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = require(join(ROOT, 'webpack.config.js')) as ConfigExport;
  const mode = 'production';
  const resolved = await (typeof exported === 'function' ? exported({ production: true }, { mode }) : exported);
  const configs = (Array.isArray(resolved) ? resolved : [resolved]) as Configuration[];
  return configs.map(
    (config) => ({ ...config, context: config.context ?? ROOT, mode, output: { ...config.output, path: folder }, devServer: undefined }) as Configuration,
  );
}

/** A PaneBuild's `scripts`, from webpack's stats. */
function scriptSizes(stats: Stats | webpack.MultiStats): Record<string, number> {
  const scripts: Record<string, number> = {};
  const all = 'stats' in stats ? stats.stats : [stats];
  for (const one of all) {
    for (const asset of one.toJson({ all: false, assets: true }).assets ?? []) {
      if (asset.name.endsWith('.js')) scripts[asset.name] = asset.size;
    }
  }
  return scripts;
}

export async function buildPane(): Promise<PaneBuild> {
  const { path: folder, cleanup } = tempFolder('budget-check-pane-');
  try {
    return { folder, scripts: scriptSizes(await compile(await paneConfigs(folder))), remove: cleanup };
  } catch (error) {
    cleanup(); // a failed build leaves nothing behind either
    throw error;
  }
}

/** The fake host as one classic script, for page.addInitScript. */
export async function buildFakeHostScript(): Promise<string> {
  const { path: folder, cleanup } = tempFolder('budget-check-fake-host-');
  try {
    await compile({
      mode: 'development',
      devtool: false,
      target: 'web',
      entry: join(ROOT, 'test', 'browser', 'fake-host', 'install-fake-host.ts'),
      output: { path: folder, filename: 'fake-host.js', iife: true },
      resolve: { extensions: ['.ts', '.js', '.json'] },
      module: {
        rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true, configFile: join(ROOT, 'tsconfig.json') } }],
      },
      performance: { hints: false },
    });
    return await readFile(join(folder, 'fake-host.js'), 'utf8');
  } finally {
    cleanup();
  }
}
