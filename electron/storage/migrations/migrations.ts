import { createBriefings } from './0010-create-briefings';
import { createSettings } from './0020-create-settings';
import { createTemplates } from './0030-create-templates';
import { reorderBriefingColumns } from './0040-reorder-briefing-columns';
import { createRevisions } from './0050-create-revisions';
import { createSearchIndex } from './0060-create-search-index';
import { indexStatusCounts } from './0070-index-status-counts';
import { reindexSearchSpellings } from './0090-reindex-search-spellings';
import { createDirectory } from './0100-create-directory';
import { createLanguageVersions } from './0110-create-language-versions';
import { contentlessSearchIndex } from './0120-contentless-search-index';
import { createPersonalDictionary } from './0130-create-personal-dictionary';
import { createTeamReplica } from './0140-create-team-replica';
import { createImages } from './0150-create-images';
import { shareTeamTrash } from './0160-share-team-trash';
import { indexListOrders } from './0170-index-list-orders';
import { recordFollowedFields } from './0180-record-followed-fields';
import { countBriefingsByStatus } from './0190-count-briefings-by-status';
import { packBodies } from './0200-pack-bodies';
import type { Migration } from './migration';

/** Every migration, oldest first. Versions leave gaps so a fix can go between two. */
export const migrations: readonly Migration[] = [
  createBriefings,
  createSettings,
  createTemplates,
  reorderBriefingColumns,
  createRevisions,
  createSearchIndex,
  indexStatusCounts,
  reindexSearchSpellings,
  createDirectory,
  createLanguageVersions,
  contentlessSearchIndex,
  createPersonalDictionary,
  createTeamReplica,
  createImages,
  shareTeamTrash,
  indexListOrders,
  recordFollowedFields,
  countBriefingsByStatus,
  packBodies,
];

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
