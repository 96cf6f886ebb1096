import { useState } from 'react';
import type { BriefingStatus } from '../../../shared/document/briefing';
import { statusMessages, transitionMessage } from '../../../shared/i18n/status-labels';
import { useT } from '../../ui/interface-language';
import { transitionsFrom } from '../../../shared/document/workflow';
import type { VersionsOf } from '../../../shared/ipc/version-service';
import { sayLocalised } from '../../../shared/ipc/ipc-result';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { MenuButton, MenuItem } from '../../ui/menu';
import { languagesToAdd, useLanguageName } from './language-names';
import './versions.css';

export interface AddTranslationProps {
  briefingId: string;
  /** Languages the family has (the briefing's own at least). */
  present: readonly string[];
  /** Saves what is on screen first; false when that failed. */
  saveFirst: () => Promise<boolean>;
  onOpen: (id: string) => void;
  onError: (message: string) => void;
}

/** "Add translation → language": a linked version in another language, opened at once. */
export function AddTranslation({ briefingId, present, saveFirst, onOpen, onError }: AddTranslationProps) {
  const api = useApi();
  const t = useT();
  const languageName = useLanguageName();
  const [open, setOpen] = useState(false);
  const add = async (language: string) => {
    setOpen(false);
    try {
      if (!(await saveFirst())) throw new Error(t('versions.notSavedYet'));
      const created = await api.versions.translate({ briefingId, language });
      onOpen(created.id);
    } catch (error) {
      onError(t('versions.translateFailed', { language: languageName(language), reason: errorMessage(error) }));
    }
  };
  return (
    <MenuButton label={t('versions.addTranslation')} menuLabel={t('versions.translationInto')} open={open} onOpenChange={setOpen} className="add-translation" buttonClassName="button button-quiet">
      {languagesToAdd(present).map((language, index) => (
        <MenuItem key={language.tag} title={language.name} detail={languageName(language.tag)} autoFocus={index === 0} onSelect={() => void add(language.tag)} />
      ))}
    </MenuButton>
  );
}

export interface VersionBarProps {
  briefingId: string;
  status: BriefingStatus;
  versions: VersionsOf;
  busy: boolean;
  saveFirst: () => Promise<boolean>;
  onOpen: (id: string) => void;
  onMarkAllUpToDate: () => void;
  /** Whether the source is shown beside the text, and how to switch it. */
  sideBySide: boolean;
  onSideBySide: (shown: boolean) => void;
  /** A family status change was made: show the briefing again as stored. */
  onChanged: () => void;
}

/**
 * The readout's language versions on one line: a chip per language (this
 * one marked, a dot where the source changed), how many sections of this
 * version the source changed, people still to check, and the workflow's
 * forward steps for every version at once.
 */
export function VersionBar({ briefingId, status, versions, busy, saveFirst, onOpen, onMarkAllUpToDate, sideBySide, onSideBySide, onChanged }: VersionBarProps) {
  const api = useApi();
  const t = useT();
  const languageName = useLanguageName();
  const [note, setNote] = useState<string | undefined>(undefined);
  const [working, setWorking] = useState(false);
  const staleCount = versions.stale.length;
  const moveAll = async (to: BriefingStatus) => {
    setWorking(true);
    setNote(undefined);
    try {
      if (!(await saveFirst())) throw new Error(t('versions.notSavedYet'));
      const result = await api.versions.changeFamilyStatus({ briefingId, status: to });
      setNote(
        result.refused.length === 0
          ? undefined
          : result.refused.map((refused) => t('versions.refused', { language: languageName(refused.language), reason: refused.localised ? sayLocalised(t, refused.localised) : refused.reason })).join(' '),
      );
      onChanged();
    } catch (error) {
      setNote(t('versions.moveFailed', { reason: errorMessage(error) }));
    } finally {
      setWorking(false);
    }
  };
  return (
    <div className="version-bar" role="region" aria-label={t('versions.label')}>
      <span className="version-bar-label">{t('versions.languages')}</span>
      <span className="version-chips">
        {versions.versions.map((version) => {
          const current = version.id === briefingId;
          const language = languageName(version.language);
          const status = t(statusMessages[version.status]);
          const chip = version.sourceLanguage
            ? t('versions.chipTranslated', { language, status, source: languageName(version.sourceLanguage) })
            : t('versions.chipOriginal', { language, status });
          const title = version.staleSections > 0 ? t('versions.chipSourceChanged', { chip }) : chip;
          return (
            <button
              key={version.id}
              type="button"
              className={`language-chip status-${version.status}${current ? ' language-chip-current' : ''}`}
              aria-current={current ? 'page' : undefined}
              aria-label={title}
              title={title}
              onClick={() => !current && onOpen(version.id)}
            >
              {version.language.toUpperCase()}
              {version.staleSections > 0 && <span className="language-chip-flag" aria-hidden="true" />}
            </button>
          );
        })}
      </span>
      {versions.source && (
        <>
          <span className="version-source">{t('versions.translatedFrom', { language: languageName(versions.source.language) })}</span>
          <button type="button" className="button button-quiet" aria-pressed={sideBySide} onClick={() => onSideBySide(!sideBySide)}>
            {t('versions.sideBySide')}
          </button>
        </>
      )}
      {staleCount > 0 && (
        <span className="version-stale" role="status">
          {t('versions.staleSections', { count: staleCount })}
          <button type="button" className="button button-quiet" disabled={busy} onClick={onMarkAllUpToDate}>
            {t('versions.markAllUpToDate')}
          </button>
        </span>
      )}
      {versions.toCheck.length > 0 && (
        <span className="version-check" role="note">
          {t('versions.toCheck', { names: versions.toCheck.map((person) => person.name).join(', ') })}
        </span>
      )}
      <span className="version-actions">
        {transitionsFrom(status)
          .filter((transition) => !transition.needsReason)
          .map((transition) => (
            <button key={transition.to} type="button" className="button" disabled={working} onClick={() => void moveAll(transition.to)}>
              {t('versions.allLanguages', { action: t(transitionMessage(transition)) })}
            </button>
          ))}
      </span>
      {note && (
        <span className="version-note" role="alert">
          {note}
        </span>
      )}
    </div>
  );
}
