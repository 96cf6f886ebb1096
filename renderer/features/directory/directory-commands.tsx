import { useEffect, useState } from 'react';
import type { BriefingTemplate } from '../../../shared/document/template';
import { useMenuCommands } from '../../ui/commands/use-menu-commands';
import { DirectoryDialog } from './directory-dialog';
import { ImportInviteDialog } from './import-invite-dialog';

export interface DirectoryCommandsProps {
  templates: readonly BriefingTemplate[];
  /** Opens a briefing (saving the one on screen first). */
  onOpen: (briefingId: string) => void;
}

const isInvite = (file: File) => file.name.toLowerCase().endsWith('.ics') || file.type === 'text/calendar';
const overLibrary = (target: EventTarget | null) => target instanceof Element && target.closest('.library') !== null;

/**
 * The directory's part of the main window: View › Directory, File › Import
 * Calendar Invitation…, and an .ics file dropped on the library.
 */
export function DirectoryCommands({ templates, onOpen }: DirectoryCommandsProps) {
  const [invite, setInvite] = useState<{ file?: File } | undefined>(undefined);
  const [directoryOpen, setDirectoryOpen] = useState(false);

  useMenuCommands('directory', {
    'import-invite': () => setInvite({}),
    'open-directory': () => setDirectoryOpen(true),
  });

  useEffect(() => {
    const dragOver = (event: DragEvent) => {
      if (overLibrary(event.target) && event.dataTransfer?.types.includes('Files')) {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }
    };
    const drop = (event: DragEvent) => {
      const file = [...(event.dataTransfer?.files ?? [])].find(isInvite);
      if (!overLibrary(event.target) || !file) return;
      event.preventDefault();
      setInvite({ file });
    };
    document.addEventListener('dragover', dragOver);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', dragOver);
      document.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <>
      {invite && (
        <ImportInviteDialog
          templates={templates}
          {...(invite.file ? { initialFile: invite.file } : {})}
          onClose={() => setInvite(undefined)}
          onImported={(briefingId) => {
            setInvite(undefined);
            onOpen(briefingId);
          }}
        />
      )}
      {directoryOpen && <DirectoryDialog onClose={() => setDirectoryOpen(false)} />}
    </>
  );
}
