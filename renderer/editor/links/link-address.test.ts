import { describe, expect, it } from 'vitest';
import { linkAddressFromInput } from './link-address';

describe('linkAddressFromInput', () => {
  it('completes bare hosts and e-mail addresses, as Word does', () => {
    expect(linkAddressFromInput(' www.itu.int/en ')).toEqual({ url: 'https://www.itu.int/en' });
    expect(linkAddressFromInput('press@mfa.gov.az')).toEqual({ url: 'mailto:press@mfa.gov.az' });
    expect(linkAddressFromInput('http://example.org')).toEqual({ url: 'http://example.org' });
  });

  it('refuses script, data, file and relative addresses with a sentence for the person', () => {
    for (const input of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '/relative', 'just words']) {
      expect(linkAddressFromInput(input)).toEqual({ error: 'link.badAddress' });
    }
    expect(linkAddressFromInput('  ')).toEqual({ error: 'link.noAddress' });
  });
});
