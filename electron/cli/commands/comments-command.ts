import { randomUUID } from 'node:crypto';
import { commentOnQuote } from '../../../shared/document/comment-on-quote';
import { commentThreads } from '../../../shared/document/comments';
import { CommandFailure, UsageError } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { humanTime, json } from '../output-format';
import { terminalLine } from '../terminal-text';
import { requireBriefingId } from './briefing-id';

/** `comments ID`: the review comments of a briefing, in the order of their text, as the app's margin lists them. */
export const commentsCommand: CliCommand = {
  name: 'comments',
  usage: 'ID [--json]',
  summary: 'cli.comments.summary',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(context.t, 'comments', args, { json: { type: 'boolean' } }, { min: 1, max: 1, missing: 'cli.args.missingBriefingId' });
    const briefing = await context.services().call('briefings', 'get', requireBriefingId(context.t, positionals[0]));
    const threads = commentThreads(briefing.body).map(({ thread, quote }) => ({ id: thread.id, quote, resolved: thread.resolved === true, comments: thread.comments }));
    if (values.json) {
      context.io.stdout(json(threads));
      return 0;
    }
    if (threads.length === 0) {
      context.io.stdout(`${context.t('cli.comments.none')}\n`);
      return 0;
    }
    const lines = threads.flatMap((thread) => [
      context.t(thread.resolved ? 'cli.comments.quoteResolved' : 'cli.comments.quote', { quote: terminalLine(thread.quote) }),
      ...thread.comments.map(
        (comment, index) =>
          `  ${index === 0 ? '' : '↳ '}${context.t('cli.comments.comment', {
            author: terminalLine(comment.author || context.t('cli.comments.noName')),
            time: humanTime(comment.at, context.language),
            text: terminalLine(comment.text),
          })}`,
      ),
    ]);
    context.io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};

/** `comment ID --quote TEXT --text TEXT`: a review comment on the first occurrence of the text, by the author named in Settings. */
export const commentCommand: CliCommand = {
  name: 'comment',
  usage: 'ID --quote TEXT --text TEXT [--author NAME]',
  summary: 'cli.comment.summary',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(context.t, 
      'comment',
      args,
      { quote: { type: 'string' }, text: { type: 'string' }, author: { type: 'string' } },
      { min: 1, max: 1, missing: 'cli.args.missingBriefingId' },
    );
    if (!values.quote?.trim()) throw new UsageError(context.t('cli.comment.quoteRequired'));
    const text = values.text?.trim();
    if (!text) throw new UsageError(context.t('cli.comment.textRequired'));
    if (text.length > 10_000) throw new UsageError(context.t('cli.comment.textTooLong'));
    const services = context.services();
    const briefing = await services.call('briefings', 'get', requireBriefingId(context.t, positionals[0]));
    const author = values.author?.trim() ?? (await services.call('settings', 'get')).authorName.trim();
    if (author.length > 200) throw new UsageError(context.t('cli.comment.authorTooLong'));
    const body = commentOnQuote(briefing.body, values.quote, randomUUID(), { author, at: new Date().toISOString(), text });
    if (!body) throw new CommandFailure(context.t('cli.comment.quoteNotFound', { quote: terminalLine(values.quote), id: briefing.id }));
    const saved = await services.call('briefings', 'save', { id: briefing.id, baseRevision: briefing.revision, body });
    context.io.stdout(`${saved.revision}\n`);
    return 0;
  },
};
