/**
 * Builds the task pane into dist/addin: taskpane.html, split scripts, icons and the manifest.
 *   npm run build        production (no source maps; manifest URLs from ADDIN_URL when set)
 *   npm run dev-server   https://localhost:3000 with office-addin-dev-certs, for sideloading
 * office.js itself is not bundled: the page loads it from Microsoft's CDN.
 *
 * Build-time settings (environment variables; docs/admin.md):
 *   ADDIN_URL       the https:// address dist/addin is hosted at (written into the manifest)
 *   RULEBOOK_FILE   an organisation rulebook (JSON) copied into dist/addin as rulebook.json
 *   SOURCE_MAPS=1   production source maps into dist/sourcemaps, outside the hosted folder
 *   RULEBOOK_URL    where the pane fetches the organisation rulebook instead (https://, or a path
 *                   beside taskpane.html); its origin is added to the page's connect-src
 * Either rulebook setting makes the organisation rulebook the default for workbooks that chose none.
 */
const fs = require('node:fs');
const { URL } = require('node:url');
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { version } = require('./package.json');

const DEV_URL = 'https://localhost:3000/';

/** The manifest as published: its version from package.json (x.y.z → x.y.z.0), its URLs at ADDIN_URL. */
function builtManifest(text, addinUrl) {
  const versioned = text.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}.0</Version>`);
  return addinUrl ? versioned.split(DEV_URL).join(addinUrl) : versioned;
}
const DEV_PORT = 3000;

/** The host the add-in is deployed to, e.g. https://intranet.example.gov.cn/budget-check/ */
function deployedUrl() {
  const url = process.env.ADDIN_URL;
  if (!url) return null;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_URL must be an https:// URL (Office loads add-ins over https only): ${url}`);
  return url.endsWith('/') ? url : `${url}/`;
}

/** Office.js's own host: the only script origin besides the add-in's (docs/security.md). */
const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';
/** Where the pane looks for the organisation rulebook when RULEBOOK_URL does not say: beside taskpane.html. */
const DEFAULT_RULEBOOK_PATH = 'rulebook.json';

/** RULEBOOK_URL: an https:// URL (the org's host), or a path resolved against taskpane.html (same origin). */
function rulebookUrl() {
  const url = process.env.RULEBOOK_URL;
  if (!url) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
    if (!/^https:\/\//i.test(url)) throw new Error(`RULEBOOK_URL must be an https:// URL or a path beside taskpane.html: ${url}`);
    return { url, origin: new URL(url).origin };
  }
  return { url, origin: null };
}

/** RULEBOOK_FILE, checked enough to fail the build on a wrong path or broken JSON (the pane checks the rest). */
function rulebookFile() {
  const file = process.env.RULEBOOK_FILE;
  if (!file) return null;
  const full = path.resolve(file);
  let text;
  try {
    text = fs.readFileSync(full, 'utf8');
  } catch (error) {
    throw new Error(`RULEBOOK_FILE cannot be read: ${full} (${error.code ?? error.message})`);
  }
  let rulebook;
  try {
    rulebook = JSON.parse(text);
  } catch (error) {
    throw new Error(`RULEBOOK_FILE is not valid JSON: ${full} (${error.message})`);
  }
  if (typeof rulebook?.id !== 'string' || typeof rulebook.version !== 'string') {
    throw new Error(`RULEBOOK_FILE has no "id" and "version": ${full}. Try it first with: npx budget-check --rules ${file} <workbook.xlsx>`);
  }
  return full;
}

/**
 * The page's Content-Security-Policy (docs/security.md explains each choice): scripts only from
 * the add-in and Office.js's host; requests only to the add-in (and the organisation rulebook's
 * host); styles inline too, because Fluent UI's Griffel inserts its CSS at run time; no frames,
 * which refuses office.js's telemetry frame; no plugins, no <base>, no form posts.
 */
function contentSecurityPolicy(rulebookOrigin) {
  const directives = {
    'default-src': ["'self'"],
    'script-src': ["'self'", OFFICE_JS_ORIGIN],
    'style-src': ["'self'", "'unsafe-inline'"],
    'connect-src': ["'self'", ...(rulebookOrigin ? [rulebookOrigin] : [])],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Certificates are needed only to serve, so a production build works on machines without them. */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

/**
 * The CLI as one script (dist/cli/budget-check.js, the package's bin) plus chunks loaded when a
 * run needs them (the check, annotating, drafting, a batch and its thread): Node then reads a few
 * files instead of resolving and compiling some 250 modules one by one (about 60 ms of every run).
 * Packages from node_modules are not bundled: they load, lazily as before, from node_modules.
 */
/** The bin runs as a program (`npx budget-check`, a shell): executable like any emitted script of npm's. */
const executableBin = {
  apply: (compiler) => compiler.hooks.afterEmit.tap('ExecutableBin', () => fs.chmodSync(path.join(compiler.outputPath, 'budget-check.js'), 0o755)),
};

function cliConfig() {
  return {
    mode: 'production',
    target: 'node20',
    // the batch thread's script sits beside the chunk that starts it (batch-check.ts looks in its own folder)
    entry: { 'budget-check': './src/cli/bin.ts', 'chunks/batch-worker': './src/cli/batch-worker.ts' },
    output: { path: path.resolve(__dirname, 'dist', 'cli'), filename: '[name].js', chunkFilename: 'chunks/[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES modules in, so that import() becomes a chunk loaded on demand
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, 'src/cli/tsconfig.json'),
              compilerOptions: { module: 'esnext', moduleResolution: 'bundler' },
            },
          },
        },
      ],
    },
    externalsPresets: { node: true },
    // every package stays a require() of node_modules (SheetJS, exceljs, docx… only when needed)
    externals: [({ request }, callback) => (/^[@a-z]/i.test(request) && !request.startsWith('node:') ? callback(null, `commonjs ${request}`) : callback())],
    // __dirname is the bundle's own folder: the package.json above it, batch-worker.js beside it
    node: { __dirname: false, __filename: false },
    // readable stack traces for BUDGET_CHECK_DEBUG; scripts read from disk, not downloaded
    optimization: { minimize: false, chunkIds: 'deterministic', moduleIds: 'deterministic' },
    devtool: false,
    performance: { hints: false },
    plugins: [new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true, include: 'budget-check.js' }), executableBin],
  };
}

module.exports = async (env = {}, argv = {}) => {
  if (env.cli) return cliConfig();
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const addinUrl = production ? deployedUrl() : null;
  const organisationUrl = rulebookUrl();
  const organisationFile = rulebookFile();
  if (organisationUrl && organisationFile) {
    throw new Error('Set RULEBOOK_FILE (a rulebook.json copied beside the add-in) or RULEBOOK_URL (fetched from there), not both.');
  }
  /** What the pane knows of its build (src/taskpane/build-info.ts). */
  const buildInfo = {
    version,
    organisationRulebook: { url: organisationUrl?.url ?? DEFAULT_RULEBOOK_PATH, byDefault: Boolean(organisationUrl || organisationFile) },
  };

  return {
    mode: production ? 'production' : 'development',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist', 'addin'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      // SOURCE_MAPS=1: maps for support staff, written beside dist/addin (never into the host path)
      // and not referenced from the scripts, so users' browsers never ask for them
      sourceMapFilename: production ? '../sourcemaps/[file].map' : '[file].map',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: path.resolve(__dirname, 'tsconfig.json') } },
        },
      ],
    },
    // No source maps in what is deployed; full ones while developing.
    devtool: production ? (process.env.SOURCE_MAPS === '1' ? 'hidden-source-map' : false) : 'source-map',
    optimization: {
      // React and Fluent UI change rarely: separate, long-cached chunks. Panels loaded with import()
      // (findings, settings…) become chunks of their own, so the first paint loads only what it shows.
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 20 },
          // Only the Fluent parts the first paint uses: those only a lazy panel needs go with it.
          fluent: { test: /[\\/]node_modules[\\/]@fluentui[\\/]/, name: 'fluent', priority: 10, chunks: 'initial' },
        },
      },
    },
    performance: production ? { hints: 'warning', maxEntrypointSize: 900_000, maxAssetSize: 700_000 } : { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        contentSecurityPolicy: contentSecurityPolicy(organisationUrl?.origin),
      }),
      new webpack.DefinePlugin({ __BUDGET_CHECK_BUILD__: JSON.stringify(buildInfo) }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          ...(organisationFile ? [{ from: organisationFile, to: DEFAULT_RULEBOOK_PATH }] : []),
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => builtManifest(content.toString(), addinUrl),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: DEV_PORT,
          server: { type: 'https', options: await httpsOptions() },
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
          hot: false,
        }
      : undefined,
  };
};
