/**
 * .ci/audit against saved `npm audit --json` reports (AUDIT_JSON_FILE), so each outcome is
 * exercised without a registry: a clean report, one with high advisories, and the refusals seen
 * from registries without the audit endpoint.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SCRIPT = resolve(__dirname, '../../.ci/audit');

const counts = (c: Partial<Record<'info' | 'low' | 'moderate' | 'high' | 'critical', number>>) => {
  const all = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...c };
  return { ...all, total: Object.values(all).reduce((a, b) => a + b, 0) };
};

/** The shape npm 10/11 writes (auditReportVersion 2). */
const CLEAN = {
  auditReportVersion: 2,
  vulnerabilities: {
    'brace-expansion': {
      name: 'brace-expansion',
      severity: 'low',
      isDirect: false,
      via: [
        {
          source: 1105444,
          name: 'brace-expansion',
          dependency: 'brace-expansion',
          title: 'brace-expansion Regular Expression Denial of Service vulnerability',
          url: 'https://github.com/advisories/GHSA-v6h2-p8h4-qcjw',
          severity: 'low',
          range: '>=2.0.0 <=2.0.1',
        },
      ],
      effects: [],
      range: '2.0.0 - 2.0.1',
      nodes: ['node_modules/brace-expansion'],
      fixAvailable: true,
    },
  },
  metadata: { vulnerabilities: counts({ low: 1, moderate: 2 }), dependencies: { prod: 120, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 120 } },
};

const HIGH = {
  auditReportVersion: 2,
  vulnerabilities: {
    braces: {
      name: 'braces',
      severity: 'high',
      isDirect: false,
      via: [
        {
          source: 1098094,
          name: 'braces',
          dependency: 'braces',
          title: 'Uncontrolled resource consumption in braces',
          url: 'https://github.com/advisories/GHSA-grv7-fg5c-xmjg',
          severity: 'high',
          range: '<3.0.3',
        },
      ],
      effects: ['micromatch'],
      range: '<3.0.3',
      nodes: ['node_modules/braces'],
      fixAvailable: true,
    },
    micromatch: {
      name: 'micromatch',
      severity: 'high',
      isDirect: false,
      via: ['braces'],
      effects: [],
      range: '<=4.0.7',
      nodes: ['node_modules/micromatch'],
      fixAvailable: true,
    },
    'brace-expansion': CLEAN.vulnerabilities['brace-expansion'],
  },
  metadata: { vulnerabilities: counts({ low: 1, high: 2 }), dependencies: CLEAN.metadata.dependencies },
};

/** What npm writes when the registry refuses the bulk advisory endpoint (seen on this machine). */
const REFUSED = {
  message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  method: 'POST',
  uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  statusCode: 405,
  body: '',
  error: { summary: '', detail: '' },
};

/** What npm writes when the registry cannot be reached. */
const UNREACHABLE = {
  message: 'request to http://127.0.0.1:9/-/npm/v1/security/advisories/bulk failed, reason: connect ECONNREFUSED 127.0.0.1:9',
  error: { summary: '', detail: '' },
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'audit-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function audit(name: string, report: unknown) {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, typeof report === 'string' ? report : JSON.stringify(report, null, 2));
  const run = spawnSync('bash', [SCRIPT], { encoding: 'utf8', env: { ...process.env, AUDIT_JSON_FILE: file } });
  return { code: run.status, lines: run.stdout.trimEnd().split('\n'), stderr: run.stderr };
}

describe('.ci/audit', () => {
  it('passes a report without high or critical advisories and counts the rest', () => {
    expect(audit('clean', CLEAN)).toEqual({ code: 0, lines: ['npm audit: 0 high, 0 critical (3 low/moderate)'], stderr: '' });
  });

  it('fails on high advisories, naming package, severity and title of each', () => {
    const { code, lines } = audit('high', HIGH);
    expect(code).toBe(1);
    expect(lines).toEqual(['npm audit: 2 high, 0 critical', '  braces  high  Uncontrolled resource consumption in braces', '  micromatch  high  via braces']);
  });

  it('fails on a critical advisory too', () => {
    const critical = structuredClone(HIGH);
    critical.vulnerabilities.braces.severity = 'critical';
    critical.metadata.vulnerabilities = counts({ low: 1, high: 1, critical: 1 });
    const { code, lines } = audit('critical', critical);
    expect(code).toBe(1);
    expect(lines[0]).toBe('npm audit: 1 high, 1 critical');
    expect(lines).toContain('  braces  critical  Uncontrolled resource consumption in braces');
  });

  it.each([
    ['refused (405)', REFUSED, '405'],
    ['unreachable', UNREACHABLE, 'ECONNREFUSED'],
    ['no JSON at all', 'npm error something else\n', 'no report'],
  ])('skips in one line when the audit is %s', (name, report, reason) => {
    expect(audit(name.replace(/\W+/g, '-'), report)).toEqual({
      code: 0,
      lines: [`npm audit: not available from this registry (${reason}) — skipped`],
      stderr: '',
    });
  });
});
