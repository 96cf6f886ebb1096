import fc from 'fast-check';
import { briefingStatuses, type BriefingStatus } from '../../shared/document/briefing';
import { findTransition } from '../../shared/document/workflow';
import { channelName } from '../../shared/ipc/contract';
import type { IpcErrorCode } from '../../shared/ipc/ipc-result';
import { recoveryActions } from '../../shared/ipc/library-service';
import { everyElementBody } from './valid-arguments';

/** What the probes need to know of the library under test. */
export interface ProbeContext {
  /** Briefings in the library (not the Trash) with their current revision. */
  activeBriefings: { id: string; revision: number; status: BriefingStatus }[];
  /** Every briefing id, Trash included. */
  knownIds: ReadonlySet<string>;
  maxRevisionId: number;
  templateIds: string[];
}

/**
 * A call that passes the contract's schema, so it reaches the real service,
 * and that the service must refuse without writing: an id nothing has, a
 * stale revision, a step the workflow does not allow, a file that is not a
 * briefing. `codes` are the answers it may give.
 */
export interface ServiceProbe {
  channel: string;
  why: string;
  args: (context: ProbeContext) => fc.Arbitrary<unknown[]>;
  codes: IpcErrorCode[];
}

const unknownId = (context: ProbeContext) => fc.uuid({ version: 4 }).filter((id) => !context.knownIds.has(id));
const oneUnknownId = (context: ProbeContext) => unknownId(context).map((id) => [id]);
const active = (context: ProbeContext) => fc.constantFrom(...context.activeBriefings);
/** Statuses no step of the workflow reaches from `from`: refused even at the current revision. */
const unreachableStatuses = (from: BriefingStatus) => briefingStatuses.filter((to) => !findTransition(from, to));
const staleRevision = ({ revision }: { revision: number }) => fc.integer({ min: 1, max: 1_000_000 }).filter((base) => base !== revision);

const notFoundById = [
  ['briefings', 'get'],
  ['briefings', 'moveToTrash'],
  ['briefings', 'duplicate'],
  ['briefings', 'exportFile'],
  ['export', 'copyAsFormattedText'],
] as const;

export const serviceProbes: ServiceProbe[] = [
  ...notFoundById.map(([service, method]) => ({
    channel: channelName(service, method),
    why: 'a briefing id nothing has',
    args: oneUnknownId,
    codes: ['not-found'] as IpcErrorCode[],
  })),
  {
    channel: channelName('briefings', 'restoreFromTrash'),
    why: 'a briefing that is not in the Trash',
    args: (context) => fc.oneof(unknownId(context), active(context).map(({ id }) => id)).map((id) => [id]),
    codes: ['not-found'],
  },
  {
    channel: channelName('briefings', 'deleteForever'),
    why: 'a briefing that is not in the Trash',
    args: (context) => fc.oneof(unknownId(context), active(context).map(({ id }) => id)).map((id) => [id]),
    codes: ['not-found'],
  },
  {
    channel: channelName('briefings', 'save'),
    why: 'a save based on a stale revision',
    args: (context) =>
      active(context).chain((briefing) =>
        fc
          .tuple(staleRevision(briefing), fc.string({ unit: 'grapheme', maxLength: 40 }))
          .map(([baseRevision, title]) => [{ id: briefing.id, baseRevision, title, body: everyElementBody }]),
      ),
    codes: ['conflict'],
  },
  {
    channel: channelName('briefings', 'save'),
    why: 'a save of a briefing nothing has',
    args: (context) => unknownId(context).map((id) => [{ id, baseRevision: 1, title: 'Lost' }]),
    codes: ['not-found'],
  },
  {
    channel: channelName('briefings', 'changeStatus'),
    why: 'a stale revision or a step the workflow does not allow',
    args: (context) =>
      active(context).chain((briefing) =>
        fc.oneof(
          fc.tuple(staleRevision(briefing), fc.constantFrom(...briefingStatuses)).map(([baseRevision, status]) => [{ id: briefing.id, baseRevision, status }]),
          // The current revision, but a step the workflow does not have from the briefing's status.
          fc.constantFrom(...unreachableStatuses(briefing.status)).map((status) => [{ id: briefing.id, baseRevision: briefing.revision, status }]),
        ),
      ),
    codes: ['conflict', 'invalid-argument'],
  },
  {
    channel: channelName('briefings', 'importFile'),
    why: 'text that is not a briefing file',
    args: () =>
      fc
        .oneof(
          fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }),
          fc.json({ maxDepth: 4 }),
          fc.json({ maxDepth: 3 }).map((json) => `{"format":"briefing-desk/briefing","version":1,"briefing":${json}}`),
          fc.integer({ min: 2, max: 1_000_000 }).map((version) => `{"format":"briefing-desk/briefing","version":${version}}`),
        )
        .map((text) => [text]),
    codes: ['invalid-argument'],
  },
  {
    channel: channelName('history', 'get'),
    why: 'a revision nothing has',
    args: (context) => fc.integer({ min: context.maxRevisionId + 1, max: 2 ** 31 }).map((id) => [id]),
    codes: ['not-found'],
  },
  {
    channel: channelName('history', 'restore'),
    why: 'a revision nothing has',
    args: (context) => fc.integer({ min: context.maxRevisionId + 1, max: 2 ** 31 }).map((id) => [id]),
    codes: ['not-found'],
  },
  {
    channel: channelName('history', 'saveVersion'),
    why: 'a briefing nothing has',
    args: (context) => unknownId(context).map((briefingId) => [{ briefingId, label: 'Version' }]),
    codes: ['not-found'],
  },
  {
    channel: channelName('templates', 'get'),
    why: 'a template nothing has',
    args: (context) => fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/).filter((id) => !context.templateIds.includes(id)).map((id) => [id]),
    codes: ['not-found'],
  },
  {
    channel: channelName('templates', 'remove'),
    why: 'a built-in template or one nothing has',
    args: (context) => fc.oneof(fc.constantFrom('meeting-readout', 'press-release', 'talking-points', 'press-conference-note', 'blank'), fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/).filter((id) => !context.templateIds.includes(id))).map((id) => [id]),
    codes: ['invalid-argument', 'not-found'],
  },
  {
    channel: channelName('templates', 'rename'),
    why: 'a built-in template or one nothing has',
    args: (context) =>
      fc
        .tuple(fc.oneof(fc.constantFrom('meeting-readout', 'blank'), fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/).filter((id) => !context.templateIds.includes(id))), fc.constantFrom('Renamed', 'Ad'))
        .map(([id, name]) => [{ id, name }]),
    codes: ['invalid-argument', 'not-found'],
  },
  {
    channel: channelName('templates', 'saveFromBriefing'),
    why: 'a briefing nothing has',
    args: (context) => fc.tuple(unknownId(context), fc.boolean()).map(([briefingId, keepContent]) => [{ briefingId, name: 'From nothing', keepContent }]),
    codes: ['not-found'],
  },
  {
    channel: channelName('library', 'recover'),
    why: 'recovery while the library is open',
    args: () => fc.constantFrom(...recoveryActions).map((action) => [action]),
    codes: ['invalid-argument'],
  },
  {
    channel: channelName('library', 'restoreBackup'),
    why: 'a backup that does not exist',
    args: () => fc.stringMatching(/^[\w.-]{1,40}\.sqlite$/).map((name) => [name]),
    codes: ['not-found'],
  },
  {
    channel: channelName('import', 'createFromDocx'),
    why: 'a preview nothing has',
    args: (context) => unknownId(context).map((previewId) => [{ previewId, templateId: 'blank' }]),
    codes: ['not-found'],
  },
  {
    channel: channelName('export', 'toFile'),
    why: 'a briefing nothing has',
    args: (context) =>
      fc
        .tuple(unknownId(context), fc.constantFrom('pdf', 'docx', 'txt', 'html'))
        .map(([briefingId, format]) => [{ briefingId, format, options: { pageSize: 'A4', includeParticipants: true, draftMark: false } }]),
    codes: ['not-found'],
  },
  {
    channel: channelName('export', 'previewPdf'),
    why: 'a briefing nothing has',
    args: (context) => unknownId(context).map((briefingId) => [{ briefingId, format: 'pdf', options: { pageSize: 'A4', includeParticipants: true, draftMark: true } }]),
    codes: ['not-found'],
  },
  // Opening is for the file this window's export has just written; any path a page makes up is refused.
  ...(['openExported', 'showExportedInFolder'] as const).map((method) => ({
    channel: channelName('export', method),
    why: 'a path no export of this window wrote',
    args: () => fc.string({ minLength: 1, maxLength: 200 }).map((path) => [path]),
    codes: ['forbidden'] as IpcErrorCode[],
  })),
];
