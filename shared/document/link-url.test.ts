import { describe, expect, it } from 'vitest';
import { isAllowedLinkUrl } from './briefing-body';

describe('isAllowedLinkUrl', () => {
  it.each(['https://president.az/en', 'http://example.org', 'HTTPS://EXAMPLE.ORG/a?b=c#d', 'https://localhost:8080/', 'mailto:press@mfa.gov.az', 'https://xn--80ak6aa92e.com/path'])(
    'allows %s',
    (url) => expect(isAllowedLinkUrl(url)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'file:///etc/passwd',
    'vbscript:msgbox',
    '//example.org',
    '/relative/path',
    'https://',
    'https:///path',
    'https://user:pass@evil.example',
    'mailto:',
    '',
    `https://example.org/${'a'.repeat(3000)}`,
  ])('refuses %j', (url) => expect(isAllowedLinkUrl(url)).toBe(false));
});
