import { useSlate } from 'slate-react';
import { passageLanguage, setPassageLanguage } from './passage-language';
import { passageLanguages, spellingStrings } from './spelling-strings';

export interface SpellingToolsProps {
  briefingLanguage: string;
  readOnly: boolean;
  enabled: boolean;
  onEnabledChange: (enabled: boolean) => void;
  onCheckSpelling: () => void;
}

/** The toolbar's spelling controls: underlines on or off, "Check spelling" (F7) and the language of the selected text. */
export function SpellingTools({ briefingLanguage, readOnly, enabled, onEnabledChange, onCheckSpelling }: SpellingToolsProps) {
  const editor = useSlate();
  const current = passageLanguage(editor) ?? '';
  const known = passageLanguages.some((language) => language.tag === current);
  return (
    <div className="toolbar-group spelling-tools">
      <button type="button" className="toolbar-button" aria-pressed={enabled} aria-label={spellingStrings.toggleUnderlineTitle} title={spellingStrings.toggleUnderlineTitle} onClick={() => onEnabledChange(!enabled)}>
        {spellingStrings.toggleUnderline}
      </button>
      <button type="button" className="toolbar-button" aria-label={spellingStrings.checkSpelling} title={spellingStrings.checkSpellingTitle} disabled={readOnly} onMouseDown={(event) => event.preventDefault()} onClick={onCheckSpelling}>
        {spellingStrings.checkSpelling}
      </button>
      <select
        aria-label={spellingStrings.textLanguage}
        title={spellingStrings.textLanguage}
        disabled={readOnly}
        value={current === briefingLanguage ? '' : current}
        onChange={(event) => setPassageLanguage(editor, event.target.value || undefined, briefingLanguage)}
      >
        <option value="">{spellingStrings.briefingLanguage}</option>
        {passageLanguages
          .filter((language) => language.tag !== briefingLanguage.split('-')[0])
          .map((language) => (
            <option key={language.tag} value={language.tag} lang={language.tag}>
              {language.name}
            </option>
          ))}
        {current !== '' && !known && <option value={current}>{current}</option>}
      </select>
    </div>
  );
}
