import { useT } from '../../ui/interface-language';
export interface ConflictBannerProps {
  reason: string;
  onSaveCopy: () => Promise<void>;
  /** Absent when there is no other version to replace (the briefing is gone, or a value was refused). */
  onOverwrite?: () => Promise<void>;
}

/**
 * Shown when saving has stopped: another window saved this briefing first, or
 * the library refuses the changes. Every choice keeps the text on screen.
 */
export function ConflictBanner({ reason, onSaveCopy, onOverwrite }: ConflictBannerProps) {
  const t = useT();
  return (
    <div className="banner banner-warning" role="alert">
      <div className="banner-text">
        <strong>{t('conflict.notSaved')}</strong> {t('conflict.stillHere', { reason })}
      </div>
      <div className="banner-actions">
        <button type="button" className="button" onClick={() => void onSaveCopy()}>
          {t('conflict.saveCopy')}
        </button>
        {onOverwrite && (
          <button type="button" className="button" onClick={() => void onOverwrite()}>
            {t('conflict.overwrite')}
          </button>
        )}
      </div>
    </div>
  );
}
