import { describe, expect, it } from 'vitest';
import { directedText } from './bidi-html';

describe('directedText', () => {
  it('isolates Latin names and acronyms inside Arabic text, leaving brackets and commas to the Arabic', () => {
    expect(directedText('التقى دورين بوغدان-مارتن (Doreen Bogdan-Martin)، الأمين العام للاتحاد (ITU).', 'rtl')).toBe(
      'التقى دورين بوغدان-مارتن (<bdi>Doreen Bogdan-Martin</bdi>)، الأمين العام للاتحاد (<bdi>ITU</bdi>).',
    );
    expect(directedText('وزير الخارجية Ceyhun Bayramov و Əli Əsədov', 'rtl')).toBe('وزير الخارجية <bdi>Ceyhun Bayramov</bdi> و <bdi>Əli Əsədov</bdi>');
  });

  it('escapes what the person typed, inside and outside the isolates', () => {
    expect(directedText('شركة AT&T <مقر>', 'rtl')).toBe('شركة <bdi>AT&amp;T</bdi> &lt;مقر&gt;');
    expect(directedText('<b>', 'rtl')).toBe('&lt;<bdi>b</bdi>&gt;');
  });

  it('leaves numbers and Arabic alone, and a left-to-right document only escaped', () => {
    expect(directedText('في 21 نوفمبر 2025', 'rtl')).toBe('في 21 نوفمبر 2025');
    expect(directedText('Doreen Bogdan-Martin & "ITU"', 'ltr')).toBe('Doreen Bogdan-Martin &amp; &quot;ITU&quot;');
  });
});
