import type { Briefing } from '../../../shared/document/briefing';
import type { BriefingTemplate } from '../../../shared/document/template';
import type { ValidationIssue } from '../../../shared/document/validate-briefing';
import { ExportDialog } from '../export/export-dialog';
import { HistoryDialog } from '../history/history-dialog';
import type { RestoreNotice } from '../history/restore-notice';
import { SaveAsTemplateDialog } from '../templates/save-as-template-dialog';
import { useT } from '../../ui/interface-language';
import type { EditableContent } from './use-briefing-content';

/** The dialogs over one open briefing; one at a time. */
export type BriefingDialogName = 'export' | 'history' | 'save-as-template';

export interface BriefingDialogsProps {
  dialog: BriefingDialogName | undefined;
  briefing: Briefing;
  template: BriefingTemplate | undefined;
  content: EditableContent;
  issues: ValidationIssue[];
  flush: () => Promise<boolean>;
  onClose: () => void;
  /** A dialog finished with news for the person ("Saved as the template …", where an export went). */
  onNotice: (message: string, exportedFile?: string) => void;
  /** A version from the history replaced the briefing: show it. */
  onRestored: (notice: RestoreNotice) => void;
  onTemplatesChanged: () => void;
  /** The languages of the briefing's family, when it has other language versions. */
  familyLanguages?: readonly string[];
}

export function BriefingDialogs({ dialog, briefing, template, content, issues, flush, onClose, onNotice, onRestored, onTemplatesChanged, familyLanguages }: BriefingDialogsProps) {
  const t = useT();
  switch (dialog) {
    case undefined:
      return null;
    case 'save-as-template':
      return (
        <SaveAsTemplateDialog
          briefingId={briefing.id}
          suggestedName={content.title.trim() || template?.name || t('templates.defaultName')}
          flush={flush}
          onSaved={(name) => {
            onClose();
            onNotice(t('templates.saved', { name }));
            onTemplatesChanged();
          }}
          onClose={onClose}
        />
      );
    case 'export':
      return (
        <ExportDialog
          briefingId={briefing.id}
          status={briefing.status}
          hasParticipants={template?.hasParticipants ?? content.participants.length > 0}
          issues={issues}
          flush={flush}
          {...(familyLanguages ? { familyLanguages } : {})}
          spelling={{ body: content.body, language: content.language }}
          onExported={(message, exportedFile) => {
            onClose();
            onNotice(message, exportedFile);
          }}
          onClose={onClose}
        />
      );
    case 'history':
      return (
        <HistoryDialog
          briefingId={briefing.id}
          current={content}
          template={template}
          flush={flush}
          onRestored={(notice) => {
            onClose();
            onRestored(notice);
          }}
          onClose={onClose}
        />
      );
  }
}
