import { useCallback, useRef, useState, type RefObject } from 'react';
import type { Briefing } from '../../../shared/document/briefing';
import type { AutosaveController } from './autosave';

/** What the person edits in the view; autosave sends each part when it changes. */
export type EditableContent = Pick<Briefing, 'title' | 'body' | 'fields' | 'language' | 'participants'>;

export interface BriefingContent {
  content: EditableContent;
  /** What is on screen now, for async actions (a copy must carry everything the person changed). */
  latest: RefObject<EditableContent>;
  /** Every edit goes through here: onto the screen, into `latest`, and to autosave. */
  change: (changes: Partial<EditableContent>) => void;
}

export function useBriefingContent(briefing: Briefing, controller: AutosaveController): BriefingContent {
  const [content, setContent] = useState<EditableContent>(() => ({
    title: briefing.title,
    body: briefing.body,
    fields: briefing.fields,
    language: briefing.language,
    participants: briefing.participants,
  }));
  const latest = useRef(content);
  const change = useCallback(
    (changes: Partial<EditableContent>) => {
      latest.current = { ...latest.current, ...changes };
      setContent(latest.current);
      controller.update(changes);
    },
    [controller],
  );
  return { content, latest, change };
}
