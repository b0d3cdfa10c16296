/** webpack.config.js's build-time settings for the pane: version, organisation rulebook, CSP, chunks. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildInfo } from '../../src/taskpane/build-info';
import { tempFolder } from '../support/temp-folder';

interface Plugin {
  readonly userOptions?: { contentSecurityPolicy?: string };
  readonly definitions?: Record<string, string>;
  readonly patterns?: { from: string; to: string }[];
}
interface Config {
  readonly plugins: Plugin[];
  readonly optimization: { splitChunks: { cacheGroups: Record<string, { chunks?: string }> } };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const configure = require(join(__dirname, '../../webpack.config.js')) as (env: object, argv: object) => Promise<Config>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../../package.json') as { version: string };

const production = () => configure({}, { mode: 'production' });
const buildInfo = (config: Config): BuildInfo => JSON.parse(config.plugins.find((p) => p.definitions)!.definitions!.__BUDGET_CHECK_BUILD__);
const csp = (config: Config) => config.plugins.find((p) => p.userOptions?.contentSecurityPolicy)!.userOptions!.contentSecurityPolicy!;
const copied = (config: Config) => config.plugins.find((p) => p.patterns)!.patterns!.map((pattern) => pattern.to);

const temp = tempFolder('rulebook-');
afterAll(temp.cleanup);
// Each test reads the file before writing the next one, so one name is enough.
const rulebookFile = (content: string): string => temp.file('city.json', content);

describe('webpack configuration of the pane', () => {
  const saved = { file: process.env.RULEBOOK_FILE, url: process.env.RULEBOOK_URL };
  afterEach(() => {
    for (const [name, value] of [
      ['RULEBOOK_FILE', saved.file],
      ['RULEBOOK_URL', saved.url],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
  beforeEach(() => {
    delete process.env.RULEBOOK_FILE;
    delete process.env.RULEBOOK_URL;
  });

  it('tells the pane its version from package.json, and looks for no organisation rulebook by default', async () => {
    const config = await production();
    expect(buildInfo(config)).toEqual({ version, organisationRulebook: { url: 'rulebook.json', byDefault: false } });
    expect(copied(config)).not.toContain('rulebook.json');
    expect(csp(config)).toContain("connect-src 'self';");
  });

  it('loads only the Fluent UI parts of the first paint up front', async () => {
    const config = await production();
    expect(config.optimization.splitChunks.cacheGroups.fluent.chunks).toBe('initial');
  });

  it('copies RULEBOOK_FILE beside the pane as rulebook.json and makes it the default', async () => {
    process.env.RULEBOOK_FILE = rulebookFile(JSON.stringify({ id: 'city', version: '3', name: { zh: '市', en: 'City' } }));
    const config = await production();
    expect(copied(config)).toContain('rulebook.json');
    expect(buildInfo(config).organisationRulebook).toEqual({ url: 'rulebook.json', byDefault: true });
  });

  it('refuses a RULEBOOK_FILE that is missing, not JSON, or not a rulebook, naming the file', async () => {
    process.env.RULEBOOK_FILE = join(tmpdir(), 'no-such-rulebook.json');
    await expect(production()).rejects.toThrow(/RULEBOOK_FILE cannot be read: .*no-such-rulebook\.json/);
    process.env.RULEBOOK_FILE = rulebookFile('{ "id": "city", ');
    await expect(production()).rejects.toThrow(/RULEBOOK_FILE is not valid JSON: .*city\.json/);
    process.env.RULEBOOK_FILE = rulebookFile('{ "rules": {} }');
    await expect(production()).rejects.toThrow(/RULEBOOK_FILE has no "id" and "version": .*budget-check --rules/);
  });

  it('fetches from RULEBOOK_URL, letting the page connect to that origin only', async () => {
    process.env.RULEBOOK_URL = 'https://finance.example.gov.cn/rules/2024/rulebook.json';
    const config = await production();
    expect(buildInfo(config).organisationRulebook).toEqual({ url: 'https://finance.example.gov.cn/rules/2024/rulebook.json', byDefault: true });
    expect(csp(config)).toContain("connect-src 'self' https://finance.example.gov.cn;");

    process.env.RULEBOOK_URL = 'rules/rulebook.json';
    const relative = await production();
    expect(buildInfo(relative).organisationRulebook.url).toBe('rules/rulebook.json');
    expect(csp(relative)).toContain("connect-src 'self';");
  });

  it('refuses a plain-http RULEBOOK_URL, and RULEBOOK_FILE with RULEBOOK_URL together', async () => {
    process.env.RULEBOOK_URL = 'http://finance.example.gov.cn/rulebook.json';
    await expect(production()).rejects.toThrow(/RULEBOOK_URL must be an https:\/\/ URL/);
    process.env.RULEBOOK_URL = 'https://finance.example.gov.cn/rulebook.json';
    process.env.RULEBOOK_FILE = rulebookFile(JSON.stringify({ id: 'city', version: '3' }));
    await expect(production()).rejects.toThrow(/not both/);
  });
});
