import { describe, expect, it } from 'vitest';
import { suggestedFileName } from './export-options';

describe('suggestedFileName', () => {
  it('keeps the title in any script and adds the extension', () => {
    expect(suggestedFileName('Baş nazir Əli Əsədov ITU rəhbəri ilə görüşüb', 'pdf')).toBe('Baş nazir Əli Əsədov ITU rəhbəri ilə görüşüb.pdf');
    expect(suggestedFileName('Встреча в Баку', 'docx')).toBe('Встреча в Баку.docx');
  });

  it('replaces what Windows and macOS refuse in a file name, and never gives an empty or dotted name', () => {
    expect(suggestedFileName('Q&A: 21/11 "draft" <v2>? *final*|', 'txt')).toBe('Q&A 21 11 draft v2 final.txt');
    expect(suggestedFileName('  ...  ', 'html')).toBe('Briefing.html');
    expect(suggestedFileName('Readout.', 'pdf')).toBe('Readout.pdf');
    expect(suggestedFileName('x'.repeat(300), 'pdf')).toHaveLength(124);
  });
});
