import { useSlate } from 'slate-react';
import { passageLanguage, setPassageLanguage } from './passage-language';
import { useT } from '../ui/interface-language';
import { passageLanguages } from './passage-languages';

export interface SpellingToolsProps {
  briefingLanguage: string;
  readOnly: boolean;
}

/** The toolbar's language of the selected text (the spelling underlines and "Check spelling" are toolbar buttons). */
export function SpellingTools({ briefingLanguage, readOnly }: SpellingToolsProps) {
  const editor = useSlate();
  const t = useT();
  const current = passageLanguage(editor) ?? '';
  const known = passageLanguages.some((language) => language.tag === current);
  return (
    <div className="spelling-tools">
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
