import { useT } from '../../ui/interface-language';
import { useCallback, useRef, useState, type RefObject } from 'react';
import type { Briefing } from '../../../shared/document/briefing';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import type { AutosaveSession } from './use-autosave-session';
import type { EditableContent } from './use-briefing-content';

export interface BriefingActionsOptions {
  briefing: Briefing;
  session: AutosaveSession;
  latest: RefObject<EditableContent>;
  onOpen: (id: string) => void;
  onMovedToTrash: (id: string, title: string) => void;
}

export interface BriefingActions {
  /** The last action's failure, in one sentence; cleared when the next action starts. */
  actionError: string | undefined;
  reportError: (message: string) => void;
  saveAsCopy: () => Promise<void>;
  /** After a conflict: this window's version replaces the one another window saved. */
  overwrite: () => Promise<void>;
  openInNewWindow: () => Promise<void>;
  moveToTrash: () => Promise<void>;
  /** True while this window is moving the briefing to the Trash, so the library's announcement is no news. */
  isTrashingHere: () => boolean;
}

/** What the person can do with the whole briefing: save a copy, overwrite after a conflict, a new window, the Trash. */
export function useBriefingActions({ briefing, session, latest, onOpen, onMovedToTrash }: BriefingActionsOptions): BriefingActions {
  const api = useApi();
  const t = useT();
  const [actionError, setActionError] = useState<string | undefined>(undefined);
  const trashingHere = useRef(false);
  const { controller, flush, end } = session;

  const saveAsCopy = async () => {
    setActionError(undefined);
    try {
      const copy = await api.briefings.create({ templateId: briefing.templateId, title: `${latest.current.title.slice(0, 480)} (my version)` });
      await api.briefings.save({
        id: copy.id,
        baseRevision: copy.revision,
        body: latest.current.body,
        fields: latest.current.fields,
        participants: latest.current.participants,
        language: latest.current.language,
      });
      // This window's version now lives in the copy; the original stays as the other window saved it.
      end();
      onOpen(copy.id);
    } catch (error) {
      setActionError(t('actions.copyFailed', { reason: errorMessage(error) }));
    }
  };

  const overwrite = async () => {
    setActionError(undefined);
    try {
      const current = await api.briefings.get(briefing.id);
      await controller.overwrite(current.revision, { ...latest.current });
    } catch (error) {
      setActionError(t('actions.overwriteFailed', { reason: errorMessage(error) }));
    }
  };

  const openInNewWindow = async () => {
    setActionError(undefined);
    try {
      // The other window reads the briefing from the library, so what is on screen goes there first.
      if (!(await flush())) {
        setActionError(t('actions.newWindowNotSaved'));
        return;
      }
      await api.lifecycle.openInNewWindow(briefing.id);
    } catch (error) {
      setActionError(t('library.openInWindowFailed', { reason: errorMessage(error) }));
    }
  };

  const moveToTrash = async () => {
    setActionError(undefined);
    if (!window.confirm(t('actions.confirmTrash', { title: latest.current.title.trim() || t('briefing.untitled') }))) return;
    try {
      // What is on screen goes into the library first; a briefing with unsaved changes is not trashed.
      if (!(await flush())) {
        setActionError(t('actions.trashNotSaved'));
        return;
      }
      // The library tells every window, this one too, before this call returns: that is no news from elsewhere.
      trashingHere.current = true;
      await api.briefings.moveToTrash(briefing.id);
      end();
      onMovedToTrash(briefing.id, latest.current.title.trim() || t('briefing.untitled'));
    } catch (error) {
      trashingHere.current = false;
      setActionError(t('actions.trashFailed', { reason: errorMessage(error) }));
    }
  };

  const isTrashingHere = useCallback(() => trashingHere.current, []);

  return { actionError, reportError: setActionError, saveAsCopy, overwrite, openInNewWindow, moveToTrash, isTrashingHere };
}
