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
  summary: "list a briefing's review comments with their text, replies and whether they are resolved",
  async run(context, args) {
    const { values, positionals } = parseCommandArguments('comments', args, { json: { type: 'boolean' } }, { min: 1, max: 1, names: 'the briefing ID' });
    const briefing = await context.services().call('briefings', 'get', requireBriefingId(positionals[0]));
    const threads = commentThreads(briefing.body).map(({ thread, quote }) => ({ id: thread.id, quote, resolved: thread.resolved === true, comments: thread.comments }));
    if (values.json) {
      context.io.stdout(json(threads));
      return 0;
    }
    if (threads.length === 0) {
      context.io.stdout('No comments.\n');
      return 0;
    }
    const lines = threads.flatMap((thread) => [
      `“${terminalLine(thread.quote)}”${thread.resolved ? ' (resolved)' : ''}`,
      ...thread.comments.map((comment, index) => `  ${index === 0 ? '' : '↳ '}${terminalLine(comment.author || 'No name')}, ${humanTime(comment.at)}: ${terminalLine(comment.text)}`),
    ]);
    context.io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};

/** `comment ID --quote TEXT --text TEXT`: a review comment on the first occurrence of the text, by the author named in Settings. */
export const commentCommand: CliCommand = {
  name: 'comment',
  usage: 'ID --quote TEXT --text TEXT [--author NAME]',
  summary: 'comment on the first occurrence of a passage (the author: --author, or the name in Settings); prints the new revision',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(
      'comment',
      args,
      { quote: { type: 'string' }, text: { type: 'string' }, author: { type: 'string' } },
      { min: 1, max: 1, names: 'the briefing ID' },
    );
    if (!values.quote?.trim()) throw new UsageError('comment: --quote needs the words to comment on.');
    const text = values.text?.trim();
    if (!text) throw new UsageError('comment: --text needs the comment.');
    if (text.length > 10_000) throw new UsageError('comment: --text is longer than 10,000 characters.');
    const services = context.services();
    const briefing = await services.call('briefings', 'get', requireBriefingId(positionals[0]));
    const author = values.author?.trim() ?? (await services.call('settings', 'get')).authorName.trim();
    if (author.length > 200) throw new UsageError('comment: --author is longer than 200 characters.');
    const body = commentOnQuote(briefing.body, values.quote, randomUUID(), { author, at: new Date().toISOString(), text });
    if (!body) throw new CommandFailure(`The briefing has no text “${terminalLine(values.quote)}” within one paragraph; "show ${briefing.id}" prints its text.`);
    const saved = await services.call('briefings', 'save', { id: briefing.id, baseRevision: briefing.revision, body });
    context.io.stdout(`${saved.revision}\n`);
    return 0;
  },
};
