import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import '../../shared/document/slate-types';

/** The editor type: Slate core with React and history. Elements and text are declared in shared/document. */
export type BriefingEditor = BaseEditor & ReactEditor & HistoryEditor;

declare module 'slate' {
  interface CustomTypes {
    Editor: BriefingEditor;
  }
}
