import type { MessageKey } from '../../../shared/i18n/messages';
import type { LocalisedMessage } from '../../../shared/ipc/ipc-result';
import { systemErrorCode } from '../../files/system-reason';

/**
 * Node's network codes and PostgreSQL's SQLSTATEs of a server that cannot be
 * reached now, each as a clause that says what to do, written out whole so
 * the catalog test finds each id.
 */
const reasons: Readonly<Record<string, MessageKey>> = {
  ECONNREFUSED: 'teamNetwork.refused',
  ETIMEDOUT: 'teamNetwork.timedOut',
  ENOTFOUND: 'teamNetwork.noSuchServer',
  EAI_AGAIN: 'teamNetwork.nameLookup',
  ECONNRESET: 'teamNetwork.reset',
  EPIPE: 'teamNetwork.reset',
  ECONNABORTED: 'teamNetwork.reset',
  EHOSTUNREACH: 'teamNetwork.noRoute',
  ENETUNREACH: 'teamNetwork.noRoute',
  ENETDOWN: 'teamNetwork.noRoute',
  // admin_shutdown, crash_shutdown, cannot_connect_now (starting up, or in recovery).
  '57P01': 'teamNetwork.shuttingDown',
  '57P02': 'teamNetwork.shuttingDown',
  '57P03': 'teamNetwork.shuttingDown',
  '53300': 'teamNetwork.tooManyConnections',
};

/**
 * Why the team server could not be reached, as the clause that ends
 * `teamServer.unreachable` ("… could not be reached: {reason}."), from the
 * error's code, never its English text (which stays with the error for the
 * log). node-postgres's own ends of a connection carry no code: they are
 * told by the library's fixed wording. Anything else is the generic clause.
 */
export function connectionReason(error: unknown): LocalisedMessage {
  const code = systemErrorCode(error);
  const id = code === undefined ? undefined : reasons[code];
  if (id) return { id };
  const message = error instanceof Error ? error.message : '';
  if (/^Connection terminated/u.test(message)) return { id: message.includes('timeout') ? 'teamNetwork.timedOut' : 'teamNetwork.reset' };
  return code === undefined ? { id: 'teamNetwork.unknown' } : { id: 'teamNetwork.other', values: { code } };
}

/** The TLS codes of a certificate that fails, each one sentence with what to do; undefined for anything else. */
export function certificateProblem(error: unknown): LocalisedMessage | undefined {
  const code = systemErrorCode(error);
  switch (code) {
    case 'CERT_HAS_EXPIRED':
      return { id: 'teamServer.certificateExpired' };
    case 'CERT_NOT_YET_VALID':
      return { id: 'teamServer.certificateNotYetValid' };
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return { id: 'teamServer.certificateWrongName' };
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
      return { id: 'teamServer.certificate' };
    default:
      return code !== undefined && code.includes('CERT') ? { id: 'teamServer.certificate' } : undefined;
  }
}

/**
 * The server's answers that are not "offline" and are not retried: another
 * schema, a login or database it does not know, a certificate that fails.
 * One sentence each, or undefined for anything else.
 */
export function serverAnswer(error: unknown): LocalisedMessage | undefined {
  const code = systemErrorCode(error);
  if (code === 'schema') return (error as { localised?: LocalisedMessage }).localised;
  if (code === '28P01' || code === '28000') return { id: 'teamServer.badLogin' };
  if (code === '3D000') return { id: 'teamServer.noDatabase' };
  return certificateProblem(error);
}
