#!/usr/bin/env node
/**
 * Validates manifest.xml offline against the published Office add-in manifest schemas
 * (assets/manifest-schemas), for intranets that cannot reach the official validation service.
 * The published XSDs have known defects; they are fixed in a temporary copy at load time.
 * Needs `xmllint` (Debian: libxml2-utils). Usage: validate-manifest [manifest.xml ...]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SCHEMA_DIR = resolve(__dirname, '../../../assets/manifest-schemas');
const SCHEMA_DIR_FROM_SOURCE = resolve(__dirname, '../../assets/manifest-schemas');

/** Schemas the published set imports but does not include; this add-in uses neither. */
const MISSING_IMPORTS: Record<string, string> = {
  'ContentAppVersionOverridesV1_0.xsd': 'http://schemas.microsoft.com/office/contentappversionoverrides',
  'MailAppVersionOverridesV1_1.xsd': 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
};

export function fixPublishedSchema(text: string): string {
  return text.replace(/xmlns:xs="https:\/\/www\.w3\.org\/2001\/XMLSchema"/g, 'xmlns:xs="http://www.w3.org/2001/XMLSchema"').replace(/\{0,3\}\?/g, '{0,3}');
}

function permissiveStub(namespace: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<xs:schema targetNamespace="${namespace}" elementFormDefault="qualified" xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="VersionOverrides"><xs:complexType><xs:sequence>
    <xs:any minOccurs="0" maxOccurs="unbounded" processContents="lax"/>
  </xs:sequence><xs:anyAttribute processContents="lax"/></xs:complexType></xs:element>
</xs:schema>
`;
}

/** Writes the fixed schema set into a temporary folder and returns the entry schema's path. */
export function prepareSchemas(sourceDir: string): { entry: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-xsd-'));
  for (const name of readdirSync(sourceDir).filter((n) => n.endsWith('.xsd'))) {
    writeFileSync(join(dir, name), fixPublishedSchema(readFileSync(join(sourceDir, name), 'utf8')));
  }
  for (const [name, namespace] of Object.entries(MISSING_IMPORTS)) writeFileSync(join(dir, name), permissiveStub(namespace));
  return { entry: join(dir, 'OfficeAppManifestV1_1.xsd'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ValidationResult {
  readonly valid: boolean;
  /** xmllint's messages, one per line. */
  readonly messages: readonly string[];
}

export function validateManifest(manifestPath: string, schemaDir = findSchemaDir()): ValidationResult {
  const { entry, cleanup } = prepareSchemas(schemaDir);
  try {
    execFileSync('xmllint', ['--noout', '--schema', entry, manifestPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    return { valid: true, messages: [] };
  } catch (error) {
    const failure = error as { code?: string; stderr?: Buffer };
    if (failure.code === 'ENOENT') throw new Error('xmllint is not installed (Debian/Ubuntu: apt-get install libxml2-utils).');
    const messages = String(failure.stderr ?? '')
      .split('\n')
      .filter((line) => line.trim() !== '' && !/ fails to validate$/.test(line));
    return { valid: false, messages };
  } finally {
    cleanup();
  }
}

function findSchemaDir(): string {
  for (const dir of [SCHEMA_DIR, SCHEMA_DIR_FROM_SOURCE]) {
    try {
      if (readdirSync(dir).includes('OfficeAppManifestV1_1.xsd')) return dir;
    } catch {
      // try the next location
    }
  }
  throw new Error('The manifest schemas (assets/manifest-schemas) were not found.');
}

if (require.main === module) {
  const paths = process.argv.slice(2);
  let failed = false;
  for (const path of paths.length ? paths : ['manifest.xml']) {
    try {
      const result = validateManifest(path);
      console.log(result.valid ? `${path}: valid against the Office add-in manifest schemas` : `${path}: NOT valid`);
      for (const message of result.messages) console.log(`  ${message}`);
      failed ||= !result.valid;
    } catch (error) {
      console.error(`${path}: ${(error as Error).message}`);
      failed = true;
    }
  }
  process.exitCode = failed ? 1 : 0;
}
