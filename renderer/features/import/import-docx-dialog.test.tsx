import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Services } from '../../../shared/ipc/contract';
import type { DocxImportPreview } from '../../../shared/ipc/import-service';
import { ServiceError } from '../../../shared/ipc/ipc-result';
import { ApiContext } from '../../api/api-context';
import { ImportDocxDialog } from './import-docx-dialog';
import { InterfaceLanguageProvider } from '../../ui/interface-language';
import type { InterfaceLanguage } from '../../../shared/i18n/interface-language';
import { withModalDialogs } from '../../../tests/support/modal-dialogs';

const preview: DocxImportPreview = {
  previewId: '7a1c1d4e-1111-4a4a-9b9b-222233334444',
  fileName: 'readout.docx',
  title: 'Minister meets ITU',
  recognised: {
    templateId: 'meeting-readout',
    templateName: 'Meeting readout',
    matchedSections: [
      { id: 'topics-discussed', heading: 'Topics discussed' },
      { id: 'agreed-points', heading: 'Agreed points' },
    ],
    fillsParticipants: true,
  },
  headings: ['Topics discussed', 'Agreed points', 'Participants'],
  participants: 2,
  fields: [
    { kind: 'choice', fieldId: 'classification', label: 'Classification', choice: 'restricted', choiceLabel: 'Restricted' },
    { kind: 'choice', fieldId: 'releaseLine', label: 'Release', choice: 'embargoed', choiceLabel: 'Embargoed' },
    { kind: 'moment', fieldId: 'embargoUntil', label: 'Embargoed until', moment: '2026-12-01T10:00' },
  ],
  dropped: [{ id: 'import.imagesLeftOut', values: { count: 1 } }],
};

withModalDialogs();
afterEach(cleanup);

function renderDialog(previewDocx: () => Promise<DocxImportPreview | null>, language: InterfaceLanguage | null = null) {
  const createFromDocx = vi.fn(async () => ({ id: 'new-briefing-id' }));
  const discardDocx = vi.fn(async () => undefined);
  const api = { import: { previewDocx: vi.fn(previewDocx), createFromDocx, discardDocx } } as unknown as Services;
  const onImported = vi.fn();
  const onClose = vi.fn();
  render(
    <ApiContext.Provider value={api}>
      <InterfaceLanguageProvider chosen={language}>
        <ImportDocxDialog onImported={onImported} onClose={onClose} />
      </InterfaceLanguageProvider>
    </ApiContext.Provider>,
  );
  return { createFromDocx, discardDocx, onImported, onClose };
}

describe('ImportDocxDialog', () => {
  it('shows the summary and creates the briefing in the template the person picks', async () => {
    const { createFromDocx, onImported } = renderDialog(async () => preview);
    expect(await screen.findByText('Template: Meeting readout, filling Topics discussed, Agreed points and Participants')).toBeTruthy();
    expect(screen.getByText('Classification: Restricted')).toBeTruthy();
    expect(screen.getByText('1 picture in a heading or the title was left out; add it with Picture….')).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Meeting readout (recognised)' }).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Blank briefing' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Create briefing' })));
    expect(createFromDocx).toHaveBeenCalledWith({ previewId: preview.previewId, templateId: 'blank' });
    expect(onImported).toHaveBeenCalledWith('new-briefing-id');
  });

  it('names the recognised built-in template, its fields and choices in the interface language', async () => {
    renderDialog(async () => preview, 'az');
    expect(await screen.findByText('Məxfilik dərəcəsi: Məhdud istifadə üçün')).toBeTruthy();
    expect(screen.getByRole('radio', { name: /^Görüş haqqında məlumat/ })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Meeting readout|Classification|Restricted/u);
  });

  // The file's name, title and headings stay as the file writes them; everything else is in the interface language.
  const withoutFileText = () => (document.body.textContent ?? '').replace(preview.headings.join(' · '), '').replace(preview.title, '').replace(preview.fileName, '');

  it('says the sections filled and the embargo moment in Azerbaijani, on this computer’s clock', async () => {
    renderDialog(async () => preview, 'az');
    expect(await screen.findByText('Şablon: Görüş haqqında məlumat; doldurulan bölmələr: Müzakirə olunan məsələlər, Əldə olunan razılaşmalar və İştirakçılar')).toBeTruthy();
    expect(screen.getByText('Embarqonun bitmə vaxtı: 1 dek 2026, 10:00 (bu kompüterin vaxtı ilə)')).toBeTruthy();
    expect(withoutFileText()).not.toMatch(/Topics|Agreed|Participants|December|UTC|\bat\b/u);
  });

  it('says the sections filled and the embargo moment in Russian, on this computer’s clock', async () => {
    renderDialog(async () => preview, 'ru');
    expect(await screen.findByText('Шаблон: Сообщение о встрече; заполняются разделы: Обсуждённые вопросы, Достигнутые договорённости и Участники')).toBeTruthy();
    expect(screen.getByText('Эмбарго до: 1 дек. 2026, 10:00 (по времени этого компьютера)')).toBeTruthy();
    expect(withoutFileText()).not.toMatch(/Topics|Agreed|Participants|December|UTC|\bat\b/u);
  });

  it("names a person's own template's sections as the template writes them", async () => {
    const own = { ...preview, recognised: { templateId: 'user-7', templateName: 'Bizim hesabat', matchedSections: [{ id: 'agreed-points', heading: 'Razılaşmalarımız' }, { id: 'extra', heading: 'Əlavə' }], fillsParticipants: false } };
    renderDialog(async () => own, 'az');
    expect(await screen.findByText('Şablon: Bizim hesabat; doldurulan bölmələr: Razılaşmalarımız və Əlavə')).toBeTruthy();
  });

  it('forgets the preview when the person cancels', async () => {
    const { discardDocx, onClose, createFromDocx } = renderDialog(async () => preview);
    await screen.findByText('Headings: Topics discussed · Agreed points · Participants');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' })));
    expect(discardDocx).toHaveBeenCalledWith(preview.previewId);
    expect(onClose).toHaveBeenCalled();
    expect(createFromDocx).not.toHaveBeenCalled();
  });

  it('closes when the file dialog was cancelled, and shows the one sentence of a bad file', async () => {
    const cancelled = renderDialog(async () => null);
    await vi.waitFor(() => expect(cancelled.onClose).toHaveBeenCalled());
    cleanup();
    renderDialog(async () => {
      throw new ServiceError('invalid-argument', 'This Word file is damaged or incomplete and cannot be read.');
    });
    expect((await screen.findByRole('alert')).textContent).toBe('This Word file is damaged or incomplete and cannot be read.');
  });
});
