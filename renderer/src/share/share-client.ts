import type { CreateInviteRequest, Invite, ResolveInviteResponse } from '../../../main/common/api/share-contract';
import { ApiClient, userFacing } from '../api/api-client';
import type { Host } from '../host/host';

/** The sharing routes (api-routes.ts), validated on receipt. */
export const ShareClient = {
  async list(host: Host, planId: string): Promise<Invite[]> {
    return (await userFacing(new ApiClient(host).call('listInvites', { planId }))).invites;
  },
  async create(host: Host, planId: string, req: CreateInviteRequest): Promise<Invite> {
    return (await userFacing(new ApiClient(host).call('createInvite', { planId }, { body: req }))).invite;
  },
  async revoke(host: Host, planId: string, inviteId: string): Promise<void> {
    await userFacing(new ApiClient(host).call('revokeInvite', { planId, inviteId }));
  },
  async revokeAll(host: Host, planId: string): Promise<number> {
    return (await userFacing(new ApiClient(host).call('revokeAllInvites', { planId }))).revoked;
  },
  /** The QR image URL (an <img> cannot send headers, so the owner token rides in the query). */
  qrUrl(host: Host, planId: string, inviteId: string): string {
    return new ApiClient(host).url('inviteQr', { planId, inviteId });
  },
  /** No token: the code is the secret. */
  async resolve(serverUrl: string, code: string): Promise<ResolveInviteResponse> {
    return userFacing(new ApiClient({ serverUrl, token: '' }).call('resolveInvite', {}, { body: { code } }));
  },
};
