import { useSlate } from 'slate-react';
import { passageLanguage, setPassageLanguage } from './passage-language';
import { useT } from '../ui/interface-language';
import { passageLanguages } from './passage-languages';

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
  const t = useT();
  const current = passageLanguage(editor) ?? '';
  const known = passageLanguages.some((language) => language.tag === current);
  return (
    <div className="toolbar-group spelling-tools">
      <button type="button" className="toolbar-button" aria-pressed={enabled} aria-label={t('spelling.toggleTitle')} title={t('spelling.toggleTitle')} onClick={() => onEnabledChange(!enabled)}>
        {t('spelling.toggle')}
      </button>
      <button type="button" className="toolbar-button" aria-label={t('spelling.check')} title={t('spelling.checkTitle')} disabled={readOnly} onMouseDown={(event) => event.preventDefault()} onClick={onCheckSpelling}>
        {t('spelling.check')}
      </button>
      <select
        aria-label={t('spelling.textLanguage')}
        title={t('spelling.textLanguage')}
        disabled={readOnly}
        value={current === briefingLanguage ? '' : current}
        onChange={(event) => setPassageLanguage(editor, event.target.value || undefined, briefingLanguage)}
      >
        <option value="">{t('spelling.briefingLanguage')}</option>
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
