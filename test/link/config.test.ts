import { describe, expect, it } from 'vitest';
import { hasCode } from '../../src/errors.js';
import { DEFAULT_LINK_CONFIG, parseLinkConfig } from '../../src/link/config.js';
import { loadLinkConfig } from '../../src/link/config-file.js';

describe('link configuration', () => {
  it('ships seed/link-config.json with exactly the built-in defaults', () => {
    expect(loadLinkConfig()).toEqual(DEFAULT_LINK_CONFIG);
  });

  it('rejects unknown keys and out-of-range values with CONFIG_INVALID, naming them', () => {
    const bad = {
      ...DEFAULT_LINK_CONFIG,
      thresholds: { ...DEFAULT_LINK_CONFIG.thresholds, implements: 1.5 },
      extra: 1,
    };
    let error: unknown;
    try {
      parseLinkConfig(bad);
    } catch (e) {
      error = e;
    }
    expect(hasCode(error, 'CONFIG_INVALID')).toBe(true);
    expect(String((error as Error).message)).toContain('thresholds.implements');
  });

  it('fails on a missing file with CONFIG_INVALID', () => {
    let error: unknown;
    try {
      loadLinkConfig('/nonexistent/link-config.json');
    } catch (e) {
      error = e;
    }
    expect(hasCode(error, 'CONFIG_INVALID')).toBe(true);
  });
});
