import { describe, expect, it } from 'vitest';
import { appSettingsSchema, defaultAppSettings, logoProblem, MAX_LOGO_BYTES, storedAutosaveTimingSchema } from './app-settings';

const svg = (body: string) => ({ mediaType: 'image/svg+xml', bytes: new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${body}</svg>`) });
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('app settings', () => {
  it('defaults are valid settings', () => {
    expect(appSettingsSchema.parse(defaultAppSettings)).toEqual(defaultAppSettings);
  });

  it('keeps the autosave bounds that protect typing', () => {
    expect(appSettingsSchema.safeParse({ ...defaultAppSettings, autosave: { debounceMs: 60_000, maxWaitMs: 120_000 } }).success).toBe(false);
    expect(appSettingsSchema.safeParse({ ...defaultAppSettings, autosave: { debounceMs: 400, maxWaitMs: 300 } }).success).toBe(false);
    // Longer than half a second of typing at risk: refused.
    expect(appSettingsSchema.safeParse({ ...defaultAppSettings, autosave: { debounceMs: 500, maxWaitMs: 501 } }).success).toBe(false);
    expect(appSettingsSchema.safeParse({ ...defaultAppSettings, autosave: { debounceMs: 500, maxWaitMs: 500 } }).success).toBe(true);
  });

  it('reads an autosave timing an earlier version stored as the nearest allowed now', () => {
    expect(storedAutosaveTimingSchema.parse({ debounceMs: 2000, maxWaitMs: 5000 })).toEqual({ debounceMs: 500, maxWaitMs: 500 });
    expect(storedAutosaveTimingSchema.parse({ debounceMs: 300, maxWaitMs: 2000 })).toEqual({ debounceMs: 300, maxWaitMs: 500 });
    expect(storedAutosaveTimingSchema.safeParse({ debounceMs: 60_000, maxWaitMs: 120_000 }).success).toBe(false);
  });

  it('accepts a PNG or a plain SVG drawing as the logo', () => {
    expect(logoProblem({ mediaType: 'image/png', bytes: png })).toBeUndefined();
    expect(logoProblem(svg('<rect width="10" height="10" fill="#1f4e8c"/><use href="#a"/>'))).toBeUndefined();
  });

  it('refuses logos that are not what they claim, too large, or active', () => {
    expect(logoProblem({ mediaType: 'image/png', bytes: new TextEncoder().encode('GIF89a') })).toBe('The logo is not a PNG image.');
    expect(logoProblem({ mediaType: 'image/png', bytes: new Uint8Array(MAX_LOGO_BYTES + 1) })).toMatch(/limit is 512 KB/);
    expect(logoProblem({ mediaType: 'image/gif', bytes: png })).toBe('The logo must be a PNG or SVG image.');
    for (const body of ['<script>alert(1)</script>', '<rect onload="alert(1)"/>', '<a href="javascript:alert(1)"><rect/></a>', '<image href="https://tracker.example/x.png"/>', '<foreignObject><div/></foreignObject>']) {
      expect(logoProblem(svg(body)), body).toMatch(/scripts or links/);
    }
  });
});
