import { describe, expect, it } from 'vitest';
import { buildWebManifest, getManifestPath } from '../../src/lib/web-manifest.ts';

const strings = { name: '客户细分常犯的错误', shortName: '客户细分错误', description: '双语知识库' };

describe('web app manifest', () => {
  it('is localized and opens on its language home page', () => {
    const manifest = buildWebManifest('zh', '/', strings);
    expect(manifest).toMatchObject({
      name: strings.name,
      short_name: strings.shortName,
      lang: 'zh-CN',
      start_url: '/zh/',
      id: '/zh/',
      scope: '/',
      display: 'standalone',
    });
  });

  it('keeps every URL under the base path', () => {
    const manifest = buildWebManifest('en', '/kb/', strings);
    expect(manifest.start_url).toBe('/kb/en/');
    expect(manifest.scope).toBe('/kb/');
    expect(manifest.icons.map((icon) => icon.src)).toEqual(['/kb/icons/icon-192.png', '/kb/icons/icon-512.png', '/kb/icons/icon-maskable-512.png']);
  });

  it('has the icon sizes browsers ask for to install', () => {
    const sizes = buildWebManifest('en', '/', strings).icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  });

  it('lives next to each home page', () => {
    expect(getManifestPath('en')).toBe('/en/manifest.webmanifest');
  });
});
