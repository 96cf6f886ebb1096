import type { MessageBoxOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { openExternalLink, type LinkOpeningDesktop } from './open-external-link';

/** A desktop whose person answers with `button`, recording every question and every address opened. */
function desktopAnswering(button: number) {
  const questions: MessageBoxOptions[] = [];
  const opened: string[] = [];
  const desktop: LinkOpeningDesktop = {
    ask: async (dialog) => {
      questions.push(dialog);
      return button;
    },
    shell: {
      openExternal: async (url) => {
        opened.push(url);
      },
    },
  };
  return { desktop, questions, opened };
}

describe('openExternalLink', () => {
  it('asks first, and opens the address only when the person chooses Open', async () => {
    const { desktop, questions, opened } = desktopAnswering(0);
    await expect(openExternalLink('https://www.itu.int/en/about', desktop)).resolves.toBe(true);
    expect(questions).toHaveLength(1);
    expect(questions[0]).toMatchObject({ message: 'Open www.itu.int in your browser?', buttons: ['Open in browser', 'Cancel'] });
    expect(opened).toEqual(['https://www.itu.int/en/about']);
  });

  it('opens nothing when the person cancels or closes the question', async () => {
    const { desktop, questions, opened } = desktopAnswering(1);
    await expect(openExternalLink('mailto:press@example.az', desktop)).resolves.toBe(false);
    expect(questions).toHaveLength(1);
    expect(opened).toEqual([]);
  });

  it('never asks about, let alone opens, an address outside http, https and mailto', async () => {
    const { desktop, questions, opened } = desktopAnswering(0);
    for (const address of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'ms-msdt:/id PCWDiagnostic', 'app://briefing-desk/index.html', 'vbscript:msgbox(1)', '\\\\server\\share']) {
      await expect(openExternalLink(address, desktop), address).resolves.toBe(false);
    }
    expect(questions).toEqual([]);
    expect(opened).toEqual([]);
  });

  it('hands the system the address as the URL parser reads it, so the question and the browser agree', async () => {
    const { desktop, questions, opened } = desktopAnswering(0);
    await openExternalLink('https://gov.аz/pressa', desktop);
    expect(questions[0]?.message).toBe('Open gov.xn--z-7sb in your browser?');
    expect(opened).toEqual(['https://gov.xn--z-7sb/pressa']);
  });
});
