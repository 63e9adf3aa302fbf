import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pngSize } from '../../src/adapters/officejs/lateOps';

const ROOT = join(__dirname, '..', '..');
const VALIDATOR = join(ROOT, '..', 'shared', 'tools', 'validate-manifest');
const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

describe('manifest.xml', () => {
  it('passes the shared OfficeApp 1.1 / VersionOverrides 1.0 validator', () => {
    if (!existsSync(VALIDATOR))
      throw new Error(`validator not found at ${VALIDATOR}: CI must check out ../shared beside the repository`);
    const r = spawnSync(VALIDATOR, ['manifest.xml'], { cwd: ROOT, encoding: 'utf8' });
    if (r.error) throw new Error(`cannot run ${VALIDATOR}: ${r.error.message} (it needs python3)`);
    expect(`${r.stdout}${r.stderr}`).toMatch(/valid/);
    expect(r.status).toBe(0);
  });

  it('the validator does reject a broken copy (so the test above can fail)', () => {
    if (!existsSync(VALIDATOR)) throw new Error(`validator not found at ${VALIDATOR}`);
    const dir = join(ROOT, 'artifacts', 'officejs');
    mkdirSync(dir, { recursive: true });
    const broken = join(dir, 'manifest-broken.xml');
    writeFileSync(broken, manifest.replace(/<Permissions>[^<]*<\/Permissions>/, ''));
    const r = spawnSync(VALIDATOR, [broken], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Permissions/);
  });

  it('is well-formed XML for xmllint', () => {
    expect(() => execFileSync('xmllint', ['--noout', join(ROOT, 'manifest.xml')], { stdio: 'pipe' })).not.toThrow();
  });

  it('points at the pages and real PNG icons of the dev server', () => {
    expect(manifest).toContain('https://localhost:3000/taskpane.html');
    expect(manifest).toContain('https://localhost:3000/commands.html');
    expect(manifest).toContain('<TaskpaneId>');
    expect(manifest).toMatch(/TaskpaneButton\.Label" DefaultValue="廉防"/);
    for (const size of [16, 32, 64, 80]) {
      expect(manifest).toContain(`https://localhost:3000/assets/icon-${size}.png`);
      const png = readFileSync(join(ROOT, 'assets', `icon-${size}.png`));
      expect(pngSize(png.toString('base64'))).toEqual({ width: size, height: size });
    }
  });
});
