import type { LibrarySearchHit } from '../../../shared/ipc/briefing-service';
import type { Snippet } from '../../../shared/search/search-snippet';
import { statusMessages } from '../../../shared/i18n/status-labels';
import { UsageError } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { humanTime, json } from '../output-format';
import { summaryForScripts } from './list-command';
import { terminalLine } from '../terminal-text';

/** A snippet for a terminal: matched words in [brackets], cuts shown with an ellipsis. */
export function snippetText(snippet: Snippet): string {
  const text = snippet.parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');
  return `${snippet.truncatedStart ? '…' : ''}${text.replace(/\s+/gu, ' ').trim()}${snippet.truncatedEnd ? '…' : ''}`;
}

function snippetForScripts(snippet: Snippet | undefined) {
  if (!snippet) return null;
  return { text: snippet.parts.map((part) => part.text).join(''), matches: snippet.parts.filter((part) => part.match).map((part) => part.text) };
}

export const searchCommand: CliCommand = {
  name: 'search',
  usage: 'QUERY [--limit N] [--json]',
  summary: 'cli.search.summary',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(context.t, 'search', args, { json: { type: 'boolean' }, limit: { type: 'string' } }, { min: 1, max: 1, missing: 'cli.args.missingSearchWords' });
    const limit = values.limit === undefined ? 20 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new UsageError(context.t('cli.search.badLimit'));
    const result = await context.services().call('briefings', 'search', { text: positionals[0] ?? '', sort: 'relevance', limit });
    if (values.json) {
      context.io.stdout(json({ total: result.total, hits: result.hits.map((hit: LibrarySearchHit) => ({ ...summaryForScripts(hit), snippet: snippetForScripts(hit.snippet) })) }));
      return 0;
    }
    if (result.hits.length === 0) {
      context.io.stdout(`${context.t('cli.search.none')}\n`);
      return 0;
    }
    const { t } = context;
    const lines = result.hits.flatMap((hit) => [
      t('cli.search.hit', { title: terminalLine(hit.title) || t('cli.untitled'), status: t(statusMessages[hit.status]), time: humanTime(hit.updatedAt, context.language) }),
      `  ${hit.id}`,
      ...(hit.snippet ? [`  ${terminalLine(snippetText(hit.snippet))}`] : []),
    ]);
    const more = result.total > result.hits.length ? `\n${t('cli.search.more', { count: result.total - result.hits.length })}` : '';
    context.io.stdout(`${lines.join('\n')}${more}\n`);
    return 0;
  },
};
