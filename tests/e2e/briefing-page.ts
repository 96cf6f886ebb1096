import { expect, type Locator, type Page } from '@playwright/test';

/** How a person works the window, in the words of the UI. */
/** The three window sizes the app is laid out for: a small laptop, a common laptop, a desktop monitor. */
export const windowSizes = [
  { width: 1024, height: 700 },
  { width: 1280, height: 820 },
  { width: 1920, height: 1080 },
] as const;

/**
 * Where on the screen the middle of a word is, the first place it is written in the element's text (a section's
 * body, when the element is a section): what a person points at to click or double-click it.
 */
export function wordCentre(element: Locator, word: string): Promise<{ x: number; y: number } | undefined> {
  return element.evaluate((container, wanted) => {
    const walker = document.createTreeWalker(container.querySelector('.section-body') ?? container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return undefined;
  }, word);
}

export class BriefingPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('navigation', { name: 'Library' })).toBeVisible();
  }

  /** Sets "Your name" in Settings, the name comments and suggestions are signed with. */
  async signAs(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Settings' }).click();
    const settings = this.page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('Your name').fill(name);
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await expect(settings).toBeHidden();
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

  /** A formatting toolbar command, by its button, or from the "More" menu when the window is too narrow for the button. */
  async toolbarCommand(name: string): Promise<void> {
    const toolbar = this.page.getByRole('toolbar', { name: 'Formatting' });
    const button = toolbar.getByRole('button', { name, exact: true });
    if (await button.isVisible()) {
      await button.click();
      return;
    }
    await toolbar.getByRole('button', { name: 'More', exact: true }).click();
    const menu = this.page.getByRole('menu', { name: 'More tools' });
    await menu.getByRole('menuitem', { name }).or(menu.getByRole('menuitemcheckbox', { name })).click();
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

  /** The words a section shows underlined as misspelt, in the order they are written. */
  async underlinedWords(sectionId: string): Promise<string[]> {
    return this.highlighted('spelling-error', sectionId);
  }

  /**
   * The text under each range of a CSS highlight ('spelling-error', 'find-match', 'find-match-current'), in the
   * order it is written: in one section when given, else in the whole page.
   */
  async highlighted(name: string, sectionId?: string): Promise<string[]> {
    const within = sectionId ? this.section(sectionId) : this.page.locator('body');
    return within.evaluate((element, highlightName) => {
      const highlight = CSS.highlights.get(highlightName);
      if (!highlight) return [];
      const ranges = [...(highlight as unknown as Set<AbstractRange>)].filter((range): range is Range => range instanceof Range && element.contains(range.commonAncestorContainer));
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      return ranges.map((range) => range.toString());
    }, name);
  }

  /** Clicks the middle of a word of a section's text (the first place it is written), as a person points at it. */
  async clickWord(sectionId: string, word: string, options: { button?: 'left' | 'right' } = {}): Promise<void> {
    const box = await wordCentre(this.section(sectionId), word);
    if (!box) throw new Error(`“${word}” is not in the section ${sectionId}.`);
    await this.page.mouse.click(box.x, box.y, options);
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
