import { describe, expect, it } from 'vitest';
import type { BlockElement, SectionElement } from '../../../shared/document/briefing-body';
import { textStats } from '../../../shared/document/text-stats';
import { TextStatsCache } from './text-stats-cache';

const section = (sectionId: string, ...children: BlockElement[]): SectionElement => ({ type: 'section', sectionId, heading: 'H', guidance: '', required: false, locked: false, children });
const p = (text: string): BlockElement => ({ type: 'paragraph', children: [{ text }] });
const withHost: BlockElement = { type: 'paragraph', children: [{ text: 'Met ' }, { type: 'field-ref', fieldId: 'host', children: [{ text: '' }] }, { text: ' today' }] };
const resolve = () => 'Ali Asadov';

describe('TextStatsCache', () => {
  it('counts the same as the shared textStats, field references resolved', () => {
    const body = [section('a', p('Görüş — iki tərəf'), withHost), section('b', p('Москва, 21 ноября'), p(''))];
    const cache = new TextStatsCache(resolve);
    expect(cache.sections(body)).toEqual(textStats(body, resolve));
    expect(cache.sections([body[1] as SectionElement])).toEqual(textStats([body[1] as SectionElement], resolve));
  });

  it('follows an edited block', () => {
    const cache = new TextStatsCache(resolve);
    const first = [section('a', p('one two'), p('three'))];
    expect(cache.sections(first)).toEqual({ words: 3, characters: 12 });
    const edited = [section('a', first[0]?.children[0] as BlockElement, p('three four'))];
    expect(cache.sections(edited)).toEqual({ words: 4, characters: 17 });
  });
});
