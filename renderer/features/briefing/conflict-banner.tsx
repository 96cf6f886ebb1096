export interface ConflictBannerProps {
  reason: string;
  onSaveCopy: () => Promise<void>;
  onOverwrite: () => Promise<void>;
}

/** Shown when another window saved this briefing first. Both choices keep the text on screen. */
export function ConflictBanner({ reason, onSaveCopy, onOverwrite }: ConflictBannerProps) {
  return (
    <div className="banner banner-warning" role="alert">
      <div className="banner-text">
        <strong>Not saved.</strong> {reason} Your text is still here.
      </div>
      <div className="banner-actions">
        <button type="button" className="button" onClick={() => void onSaveCopy()}>
          Save mine as a copy
        </button>
        <button type="button" className="button" onClick={() => void onOverwrite()}>
          Replace the other version with mine
        </button>
      </div>
    </div>
  );
}
