import { useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { ReactEditor, useReadOnly, useSelected, useSlateStatic, type RenderElementProps } from 'slate-react';
import type { PictureElement } from '../../../shared/document/briefing-body';
import { MAX_PICTURE_ALT } from '../../../shared/document/picture';
import { DialogActions } from '../../ui/dialog-actions';
import { useT } from '../../ui/interface-language';
import { ModalDialog } from '../../ui/modal-dialog';
import { removePicture, setPicture } from './picture-commands';
import { PictureTextField } from './picture-text-field';
import { usePictureUrl } from './picture-url';

/** Alt text: one description for a screen reader (and the DOCX picture's description). */
function AltTextDialog({ initial, onSave, onClose }: { initial: string; onSave: (alt: string) => void; onClose: () => void }) {
  const t = useT();
  const [alt, setAlt] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(alt.trim());
  };
  return (
    <ModalDialog title={t('picture.altTitle')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <label className="field-label" htmlFor="picture-alt">
          {t('picture.altHelp')}
        </label>
        <textarea id="picture-alt" className="field-control" rows={3} maxLength={MAX_PICTURE_ALT} value={alt} onChange={(event) => setAlt(event.target.value)} autoFocus />
        <DialogActions cancel={{ onClick: onClose }} primary={{ label: t('picture.saveAlt') }} />
      </form>
    </ModalDialog>
  );
}

/**
 * A picture in the body: the image from the library, its caption and credit
 * as lines of the briefing's text (in the page's language and direction),
 * and, while it is selected, its tools: full or half width, alt text, remove.
 */
export function PictureBlock({ attributes, children, element }: RenderElementProps & { element: PictureElement }) {
  const t = useT();
  const editor = useSlateStatic();
  const readOnly = useReadOnly();
  const selected = useSelected();
  const url = usePictureUrl(element.hash);
  const [editingAlt, setEditingAlt] = useState(false);
  const pathNow = () => ReactEditor.findPath(editor, element);
  const change = (value: Parameters<typeof setPicture>[2]) => setPicture(editor, pathNow(), value);
  return (
    <div {...attributes} className={`block block-picture picture-${element.layout}${selected ? ' is-selected' : ''}`}>
      <figure contentEditable={false} className="picture-figure" aria-label={t('picture.label')}>
        <div className="picture-frame" style={{ aspectRatio: `${element.width} / ${element.height}` }}>
          {url ? <img src={url} alt={element.alt} draggable={false} /> : <span className="picture-missing">{url === null ? t('image.missing') : ''}</span>}
        </div>
        {!readOnly && selected && (
          <div className="picture-tools" role="toolbar" aria-label={t('picture.label')}>
            <button type="button" className="button button-quiet" aria-pressed={element.layout === 'full'} onClick={() => change({ layout: 'full' })}>
              {t('picture.full')}
            </button>
            <button type="button" className="button button-quiet" aria-pressed={element.layout === 'half'} onClick={() => change({ layout: 'half' })}>
              {t('picture.half')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setEditingAlt(true)}>
              {t('picture.altText')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => removePicture(editor, pathNow())}>
              {t('picture.remove')}
            </button>
          </div>
        )}
        <figcaption>
          <PictureTextField element={element} part="caption" label={t('picture.caption')} placeholder={t('picture.caption')} readOnly={readOnly} />
          <PictureTextField element={element} part="credit" label={t('picture.credit')} placeholder={t('picture.creditPlaceholder')} readOnly={readOnly} />
        </figcaption>
      </figure>
      {/* Outside the editable text: Slate would otherwise take the typing in the dialog's box for an edit of the body. */}
      {editingAlt &&
        createPortal(
        <AltTextDialog
          initial={element.alt}
          onClose={() => setEditingAlt(false)}
          onSave={(alt) => {
            change({ alt });
            setEditingAlt(false);
          }}
        />,
          document.body,
        )}
      {children}
    </div>
  );
}
