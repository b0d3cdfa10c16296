/** webpack.config.js: what a production build and the dev server are set up to do. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

jest.mock('office-addin-dev-certs', () => ({ getHttpsServerOptions: jest.fn(async () => ({ key: 'KEY', cert: 'CERT', ca: 'CA' })) }));

type Config = {
  devtool: unknown;
  devServer?: { port: number; server: { type: string; options: unknown } };
  plugins: { patterns?: { from: string; transform?: (content: Buffer) => Buffer | string }[] }[];
  optimization: { splitChunks: { chunks: string } };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configure = require(join(__dirname, '../../webpack.config.js')) as (env: object, argv: object) => Promise<Config>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const devCerts = require('office-addin-dev-certs') as { getHttpsServerOptions: jest.Mock };

function manifestTransform(config: Config): (content: Buffer) => Buffer | string {
  const copy = config.plugins.find((p) => p.patterns)!;
  return copy.patterns!.find((p) => p.from === 'manifest.xml')!.transform!;
}

const manifest = Buffer.from(
  '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/><bt:Image DefaultValue="https://localhost:3000/assets/icon-16.png"/>',
);

describe('webpack configuration', () => {
  const savedUrl = process.env.ADDIN_URL;
  afterEach(() => {
    if (savedUrl === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = savedUrl;
    devCerts.getHttpsServerOptions.mockClear();
  });

  it('builds for production without source maps and without asking for certificates', async () => {
    const config = await configure({}, { mode: 'production' });
    expect(config.devtool).toBe(false);
    expect(config.devServer).toBeUndefined();
    expect(devCerts.getHttpsServerOptions).not.toHaveBeenCalled();
    expect(config.optimization.splitChunks.chunks).toBe('all');
  });

  it('keeps production source maps out of the hosted folder, and only when asked', async () => {
    process.env.SOURCE_MAPS = '1';
    try {
      const config = (await configure({}, { mode: 'production' })) as Config & { output: { sourceMapFilename: string } };
      expect(config.devtool).toBe('hidden-source-map');
      expect(config.output.sourceMapFilename.startsWith('../sourcemaps/')).toBe(true);
    } finally {
      delete process.env.SOURCE_MAPS;
    }
  });

  it('points the production manifest at ADDIN_URL', async () => {
    process.env.ADDIN_URL = 'https://intranet.example.gov.cn/budget-check';
    const config = await configure({}, { mode: 'production' });
    expect(String(manifestTransform(config)(manifest))).toBe(
      '<SourceLocation DefaultValue="https://intranet.example.gov.cn/budget-check/taskpane.html"/><bt:Image DefaultValue="https://intranet.example.gov.cn/budget-check/assets/icon-16.png"/>',
    );
  });

  it('keeps localhost in the manifest without ADDIN_URL, and refuses a plain http ADDIN_URL', async () => {
    delete process.env.ADDIN_URL;
    expect(String(manifestTransform(await configure({}, { mode: 'production' }))(manifest))).toBe(String(manifest));
    process.env.ADDIN_URL = 'http://intranet.example.gov.cn/';
    await expect(configure({}, { mode: 'production' })).rejects.toThrow(/https/);
  });

  it('takes the manifest version from package.json and leaves no localhost URL in the real manifest', async () => {
    process.env.ADDIN_URL = 'https://intranet.example.gov.cn/budget-check/';
    const built = String(manifestTransform(await configure({}, { mode: 'production' }))(readFileSync(join(__dirname, '../../manifest.xml'))));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { version } = require('../../package.json') as { version: string };
    expect(built).toContain(`<Version>${version}.0</Version>`);
    expect(built).not.toMatch(/localhost/);
    expect(built).toContain('https://intranet.example.gov.cn/budget-check/taskpane.html');
  });

  it('serves over https on port 3000 with the Office dev certificates', async () => {
    const config = await configure({ WEBPACK_SERVE: true }, { mode: 'development' });
    expect(config.devServer).toMatchObject({ port: 3000, server: { type: 'https', options: { key: 'KEY', cert: 'CERT' } } });
    expect(config.devtool).toBe('source-map');
  });
});
