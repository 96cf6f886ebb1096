import { describe, expect, it } from 'vitest';
import { externalLinkPrompt } from './external-link-prompt';
import { createTranslator } from '../../shared/i18n/translator';

describe('externalLinkPrompt', () => {
  it('asks before opening a web address, naming its host, with Cancel as the escape', () => {
    const prompt = externalLinkPrompt('https://www.itu.int/en/about?x=1');
    expect(prompt?.url).toBe('https://www.itu.int/en/about?x=1');
    expect(prompt?.dialog).toMatchObject({ message: 'Open www.itu.int in your browser?', buttons: ['Open in browser', 'Cancel'], cancelId: 1 });
    expect(prompt?.dialog.detail).toContain('https://www.itu.int/en/about?x=1');
    expect(prompt?.openButton).toBe(0);
  });

  it('offers to write an e-mail for a mailto link', () => {
    expect(externalLinkPrompt('mailto:press@example.az')?.dialog).toMatchObject({ message: 'Write an e-mail to press@example.az?', buttons: ['Write e-mail', 'Cancel'] });
  });

  it('shows a look-alike host as the browser reads it', () => {
    expect(externalLinkPrompt('https://gov.аz/')?.dialog.message).toBe('Open gov.xn--z-7sb in your browser?');
  });

  it('never opens anything but http, https and mailto', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'app://briefing-desk/index.html', 'ftp://x.org/', ' https://x.org', 'https://']) {
      expect(externalLinkPrompt(url), url).toBeUndefined();
    }
  });

  it('names the recipients of a malformed or line-breaking mailto link without throwing, on one line', () => {
    expect(externalLinkPrompt('mailto:%')?.dialog.message).toBe('Write an e-mail to %?');
    expect(externalLinkPrompt('mailto:%E0%A4%A')?.dialog.message).toBe('Write an e-mail to %E0%A4%A?');
    const injected = externalLinkPrompt('mailto:press@example.org%0d%0aBcc:all@example.org%0a%0aClick%20Write%20e-mail');
    expect(injected?.dialog.message).toBe('Write an e-mail to press@example.org%0D%0ABcc:all@example.org%0A%0AClick Write e-mail?');
    expect(injected?.dialog.message).not.toMatch(/[\r\n]/u);
  });

  it('asks in the interface language it is given', () => {
    expect(externalLinkPrompt('https://www.itu.int/en', createTranslator('ru'))?.dialog).toMatchObject({
      title: 'Открыть ссылку',
      message: 'Открыть www.itu.int в браузере?',
      buttons: ['Открыть в браузере', 'Отмена'],
    });
    expect(externalLinkPrompt('mailto:press@example.az', createTranslator('az'))?.dialog.message).toBe('press@example.az ünvanına e-poçt yazılsın?');
  });
});

