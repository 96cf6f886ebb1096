import { describe, expect, it } from 'vitest';
import { sampleBriefing, sampleExportTime } from '../../../tests/fixtures/export/sample-briefings';
import { findBuiltInTemplate } from '../templates/built-in-templates';
import { exportDocument } from './export-document';
import { defaultExportOptions } from './export-options';
import { semanticHtml } from './semantic-html';

const readout = () => exportDocument(sampleBriefing('meeting-readout'), findBuiltInTemplate('meeting-readout'), defaultExportOptions, { now: sampleExportTime });

describe('semanticHtml', () => {
  it('is a plain article: headings, an ordered list of agreed points, a participants table, no styles', () => {
    const html = semanticHtml(readout());
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/u);
    expect(html).toContain('<h1>Prime Minister Ali Asadov meets ITU Secretary-General Doreen Bogdan-Martin</h1>');
    expect(html).toContain('<h2>Agreed points</h2><ol><li>Prospects for cooperation');
    expect(html).toContain('<th scope="col">Name</th>');
    expect(html).not.toMatch(/style=|class=|<script/u);
  });

  it('gives a fragment for the clipboard and nests indented list items', () => {
    const fragment = semanticHtml(
      exportDocument(sampleBriefing('talking-points'), findBuiltInTemplate('talking-points'), defaultExportOptions, { now: sampleExportTime }),
      { fragment: true },
    );
    expect(fragment.startsWith('<article lang="en">')).toBe(true);
    expect(fragment).toContain('were approved this year.<ol><li>Broadband coverage has reached 100%.</li></ol></li></ol>');
  });
});
