import { expect, type Locator, type Page } from '@playwright/test';

/** How a person works the window, in the words of the UI. */
export class BriefingPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('navigation', { name: 'Library' })).toBeVisible();
  }

  async newBriefing(templateName: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New briefing' }).click();
    await this.page.getByRole('menuitem', { name: templateName }).click();
    await expect(this.editor).toBeVisible();
  }

  async openFromLibrary(title: string | RegExp): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: title }).click();
    await expect(this.editor).toBeVisible();
  }

  /** A library row's action, from its "⋯" (More actions) menu. */
  async rowAction(title: string | RegExp, action: string): Promise<void> {
    const row = this.page.getByRole('navigation', { name: 'Library' }).getByRole('listitem').filter({ has: this.page.getByRole('button', { name: title }) });
    await row.first().getByRole('button', { name: 'More actions' }).click();
    await this.page.getByRole('menu', { name: 'Briefing actions' }).getByRole('menuitem', { name: action }).click();
  }

  get editor(): Locator {
    return this.page.getByRole('textbox', { name: 'Briefing text' });
  }

  get title(): Locator {
    return this.page.getByRole('textbox', { name: 'Title', exact: true });
  }

  get saveStatus(): Locator {
    return this.page.locator('.save-status');
  }

  section(sectionId: string): Locator {
    return this.page.locator(`[data-section-id="${sectionId}"]`);
  }

  /**
   * A section's text as a reader sees it: without the heading and without the
   * zero-width characters Slate puts inside inline void elements.
   */
  async sectionText(sectionId: string): Promise<string> {
    const text = (await this.section(sectionId).locator('.section-body').textContent()) ?? '';
    return text.replace(/\uFEFF/g, '');
  }

  /** Puts the caret at the end of a section's last block and types, as a person would. */
  async typeInSection(sectionId: string, text: string): Promise<void> {
    await this.section(sectionId).locator('.block').last().click();
    await this.page.keyboard.press('End');
    await this.page.keyboard.type(text);
  }

  /** What a paste from another program hands the page: a paste event on the focused element whose clipboard holds these types (text/html, text/plain). */
  async paste(items: Record<string, string>): Promise<void> {
    await this.page.evaluate((data) => {
      const transfer = new DataTransfer();
      for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, items);
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }
}
