import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newBriefingContent } from '../../../shared/document/new-briefing';
import { findBuiltInTemplate } from '../../../shared/document/templates/built-in-templates';
import type { InterfaceLanguage } from '../../../shared/i18n/interface-language';
import type { Services } from '../../../shared/ipc/contract';
import type { Revision, RevisionSummary } from '../../../shared/ipc/history-service';
import { ApiContext } from '../../api/api-context';
import { InterfaceLanguageProvider } from '../../ui/interface-language';
import { HistoryDialog } from './history-dialog';
import { withModalDialogs } from '../../../tests/support/modal-dialogs';

withModalDialogs();
afterEach(cleanup);

const template = findBuiltInTemplate('meeting-readout');
const content = { ...newBriefingContent(template!, 'Əli Əsədov ITU-nun Baş katibi ilə görüşüb'), language: 'az' };
const briefingId = '6f1c1d4e-1111-4a4a-9b9b-222233334444';

/** What the history service lists (the storage behind it is tested in electron/): the newest, fields that followed the English version. */
const revisions: RevisionSummary[] = [
  { id: 2, briefingId, briefingRevision: 3, reason: 'followed', label: null, followed: { fields: ['meetingDate', 'guest'], language: 'en' }, createdAt: '2026-01-02T10:00:00.000Z', words: 12 },
  { id: 1, briefingId, briefingRevision: 1, reason: 'manual', label: 'Nazirə göndərildi', createdAt: '2026-01-01T10:00:00.000Z', words: 10 },
];

function renderHistory(language: InterfaceLanguage, listed: RevisionSummary[] = revisions, flush: () => Promise<boolean> = async () => true) {
  const api = {
    history: {
      list: vi.fn(async () => listed),
      get: vi.fn(async (id: number): Promise<Revision> => ({ ...listed.find((revision) => revision.id === id)!, ...content, status: 'draft' })),
    },
  } as unknown as Services;
  render(
    <ApiContext.Provider value={api}>
      <InterfaceLanguageProvider chosen={language}>
        <HistoryDialog briefingId={briefingId} current={content} template={template} flush={flush} onRestored={vi.fn()} onClose={vi.fn()} />
      </InterfaceLanguageProvider>
    </ApiContext.Provider>,
  );
}

describe('History in the interface language', () => {
  it('says which fields followed which language version in Azerbaijani, in the list and in the comparison', async () => {
    renderHistory('az');
    const list = await screen.findByRole('list', { name: 'Versiyalar' });
    const entries = (await within(list).findAllByRole('button')).map((entry) => entry.textContent);
    expect(entries[0]).toContain('Digər dil versiyası · İngilis dili versiyasında dəyişdirilib: Görüş tarixi, Qonaq');
    expect(entries[1]).toContain('Saxlanılmış versiya · “Nazirə göndərildi”');
    expect(list.textContent).not.toMatch(/changed in the|English|Meeting date/);

    // The older version, compared with the one that followed.
    await act(async () => fireEvent.click(within(list).getAllByRole('button')[1]!));
    await act(async () => fireEvent.click(screen.getByRole('tab', { name: 'İndiyədək dəyişikliklər' })));
    const options = within(screen.getByRole('combobox')).getAllByRole('option').map((option) => option.textContent);
    expect(options.some((option) => option?.includes('Digər dil versiyası · İngilis dili versiyasında dəyişdirilib: Görüş tarixi, Qonaq'))).toBe(true);
  });

  it('names a status change by its status in Azerbaijani, keeping who changed it and why as written', async () => {
    const statusChange: RevisionSummary = { ...revisions[1]!, id: 3, reason: 'status', label: 'In review — Aysel Quliyeva: sitat nazirin təsdiqini gözləyir' };
    renderHistory('az', [statusChange, ...revisions]);
    const list = await screen.findByRole('list', { name: 'Versiyalar' });
    const entries = (await within(list).findAllByRole('button')).map((entry) => entry.textContent);
    expect(entries[0]).toContain('“Yoxlamada — Aysel Quliyeva: sitat nazirin təsdiqini gözləyir”');
    expect(list.textContent).not.toContain('In review');
    // A name the person gave that happens to start like a status stays as written.
    expect(entries[2]).toContain('“Nazirə göndərildi”');
  });

  it('says in Azerbaijani why a version cannot be saved while the latest changes are not', async () => {
    renderHistory('az', revisions, async () => false);
    fireEvent.change(await screen.findByRole('textbox', { name: 'Versiyanın adı' }), { target: { value: 'Nazirə' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Versiyanı saxla' })));
    expect(await screen.findByText('Versiyanı saxlamaq mümkün olmadı: son dəyişikliklər hələ saxlanılmayıb')).toBeTruthy();
  });

  it('agrees the Russian sentence with one field', async () => {
    renderHistory('ru', [{ ...revisions[0]!, followed: { fields: ['location'], language: 'en' } }, ...revisions.slice(1)]);
    const list = await screen.findByRole('list', { name: 'Версии' });
    expect((await within(list).findAllByRole('button'))[0]!.textContent).toContain('Другая языковая версия · В версии «Английский» изменено поле: Место');
  });
});
