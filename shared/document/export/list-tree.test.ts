import { describe, expect, it } from 'vitest';
import { listTree, type ListNode } from './list-tree';

const item = (text: string, indent: number) => ({ indent, runs: [{ text, marks: new Set<never>() }] });
const shape = (nodes: ListNode[]): unknown[] => nodes.map((node) => [node.runs[0]?.text, ...(node.children.length ? [shape(node.children)] : [])]);

describe('listTree', () => {
  it('nests items under the item before them by indent, as Word shows a flat list', () => {
    expect(shape(listTree([item('1', 0), item('1.a', 1), item('1.a.i', 2), item('1.b', 1), item('2', 0)]))).toEqual([
      ['1', [['1.a', [['1.a.i']]], ['1.b']]],
      ['2'],
    ]);
  });

  it('hangs an item indented two levels deeper under its predecessor, and starts a list that begins indented at the top', () => {
    expect(shape(listTree([item('first', 2), item('second', 0), item('deep', 3)]))).toEqual([['first'], ['second', [['deep']]]]);
  });
});
