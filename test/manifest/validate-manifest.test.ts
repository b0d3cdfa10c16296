import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixPublishedSchema, validateManifest } from '../../src/cli/validate-manifest';
import { tempFolder } from '../support/temp-folder';

const manifestPath = join(__dirname, '../../manifest.xml');

const temp = tempFolder('manifest-');
afterAll(temp.cleanup);

/** Validation is synchronous, so each test may overwrite the previous test's file. */
const withManifestText = (text: string): string => temp.file('manifest.xml', text);

describe('offline manifest validation', () => {
  it('accepts the project manifest', () => {
    const result = validateManifest(manifestPath);
    expect(result.messages).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('rejects a manifest asking for a permission that does not exist', () => {
    const broken = readFileSync(manifestPath, 'utf8').replace(/<Permissions>[^<]*<\/Permissions>/, '<Permissions>Everything</Permissions>');
    const result = validateManifest(withManifestText(broken));
    expect(result.valid).toBe(false);
    expect(result.messages.join('\n')).toMatch(/Permissions/);
  });

  it('rejects a manifest with an element out of place', () => {
    const broken = readFileSync(manifestPath, 'utf8').replace('<Permissions>', '<Surprise/><Permissions>');
    expect(validateManifest(withManifestText(broken)).valid).toBe(false);
  });

  it('fixes the published schemas’ namespace and regex defects', () => {
    const fixed = fixPublishedSchema('xmlns:xs="https://www.w3.org/2001/XMLSchema" <xs:pattern value="(\\.[0-9]{1,5}){0,3}?"/>');
    expect(fixed).toBe('xmlns:xs="http://www.w3.org/2001/XMLSchema" <xs:pattern value="(\\.[0-9]{1,5}){0,3}"/>');
  });
});

describe('manifest content', () => {
  const manifest = () => readFileSync(manifestPath, 'utf8');

  it('asks for ReadWriteDocument and nothing more', () => {
    expect(manifest().match(/<Permissions>([^<]*)<\/Permissions>/)?.[1]).toBe('ReadWriteDocument');
  });

  it('has a zh-CN override for every user-visible string', () => {
    const text = manifest();
    // Elements with resid= only point at a bt:String, which carries the texts itself.
    const visible = [...text.matchAll(/<(?:DisplayName|Description|bt:String)\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:DisplayName|Description|bt:String)>)/g)]
      .map((m) => m[0])
      .filter((element) => !/\sresid=/.test(element));
    expect(visible.length).toBeGreaterThan(0);
    for (const element of visible) expect(element).toMatch(/Override Locale="zh-CN"/);
  });
});
