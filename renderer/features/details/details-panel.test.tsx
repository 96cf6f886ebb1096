import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findBuiltInTemplate } from '../../../shared/document/templates/built-in-templates';
import type { BriefingTemplate } from '../../../shared/document/template';
import type { InterfaceLanguage } from '../../../shared/i18n/interface-language';
import { InterfaceLanguageProvider } from '../../ui/interface-language';
import { DetailsPanel } from './details-panel';

const readout = findBuiltInTemplate('meeting-readout');
if (!readout) throw new Error('meeting readout template missing');

function renderDetails(template: BriefingTemplate, language: InterfaceLanguage) {
  render(
    <InterfaceLanguageProvider chosen={language}>
      <DetailsPanel template={template} fields={{}} language="en" issues={[]} readOnly={false} onFieldChange={vi.fn()} onLanguageChange={vi.fn()} />
    </InterfaceLanguageProvider>,
  );
  return screen.getByRole('complementary');
}

describe('DetailsPanel', () => {
  afterEach(cleanup);

  it("labels a built-in template's fields, hints and choices in Russian, for an English readout", () => {
    const details = renderDetails(readout, 'ru');
    expect(screen.getByLabelText(/^Дата встречи/)).toBeTruthy();
    const place = screen.getByLabelText(/^Место/);
    expect(document.getElementById(place.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Город и страна, например «Баку, Азербайджан»');
    expect(screen.getByLabelText('Принимающая сторона: Должность')).toBeTruthy();
    const release = screen.getByLabelText(/^Публикация/);
    expect([...release.querySelectorAll('option')].map((option) => option.textContent)).toEqual(['—', 'Для немедленной публикации', 'Под эмбарго']);
    const classification = screen.getByLabelText('Гриф');
    expect([...classification.querySelectorAll('option')].map((option) => option.textContent)).toEqual(['—', 'Открыто', 'Для служебного пользования', 'Ограниченного доступа', 'Конфиденциально']);
    expect(details.textContent).not.toMatch(/Meeting date|Location|Classification|Restricted/);
  });

  it("keeps a person's own template's labels as written", () => {
    const own = { ...readout, id: 'user-1', name: 'Our readout', builtIn: false };
    renderDetails(own, 'az');
    expect(screen.getByLabelText(/^Meeting date/)).toBeTruthy();
    expect(screen.getByLabelText('Classification')).toBeTruthy();
  });
});
