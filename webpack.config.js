/**
 * Builds the task pane into dist/addin: taskpane.html, split scripts, icons and the manifest.
 *   npm run build        production (no source maps; manifest URLs from ADDIN_URL when set)
 *   npm run dev-server   https://localhost:3000 with office-addin-dev-certs, for sideloading
 * office.js itself is not bundled: the page loads it from Microsoft's CDN (the only network call).
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;

/** The host the add-in is deployed to, e.g. https://intranet.example.gov.cn/budget-check/ */
function deployedUrl() {
  const url = process.env.ADDIN_URL;
  if (!url) return null;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_URL must be an https:// URL (Office loads add-ins over https only): ${url}`);
  return url.endsWith('/') ? url : `${url}/`;
}

/** Certificates are needed only to serve, so a production build works on machines without them. */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const addinUrl = production ? deployedUrl() : null;

  return {
    mode: production ? 'production' : 'development',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist', 'addin'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
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
    devtool: production ? false : 'source-map',
    optimization: {
      // React and Fluent UI change rarely: separate, long-cached chunks. Panels loaded with import()
      // (findings, settings…) become chunks of their own, so the first paint loads only what it shows.
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 20 },
          fluent: { test: /[\\/]node_modules[\\/]@fluentui[\\/]/, name: 'fluent', priority: 10 },
        },
      },
    },
    performance: production ? { hints: 'warning', maxEntrypointSize: 900_000, maxAssetSize: 700_000 } : { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ template: './src/taskpane/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (addinUrl ? content.toString().split(DEV_URL).join(addinUrl) : content),
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
