import type { RoundAnswer, ReviewRound } from '../../../../main/common/model/review-round';
import { ApiClient, userFacing } from '../../api/api-client';
import type { Host } from '../../host/host';
import { fileNameFor } from '../../../../main/common/file-name';

/** The round's HTTP routes (api-routes.ts): a department's answer, collecting opinions, the 采纳情况表 downloads. */
export const RoundClient = {
  async answer(host: Host, planId: string, answer: RoundAnswer, department?: string): Promise<ReviewRound> {
    const body = department ? { answer, department } : { answer };
    return (await userFacing(new ApiClient(host).call('roundAnswer', { planId }, { body }))).round;
  },
  /** 汇总意见: the departments' 修订 and 批注 in the text become the round's opinions (on the server, which holds every body). */
  async collect(host: Host, planId: string): Promise<number> {
    return (await userFacing(new ApiClient(host).call('roundCollect', { planId }))).added;
  },
  /** The 征求意见稿 the departments are asked about, saved as a named version when the round starts. */
  async saveVersion(host: Host, planId: string, name: string, author: string): Promise<string> {
    const body = author.trim() ? { name, author: author.trim() } : { name };
    return (await userFacing(new ApiClient(host).call('saveVersion', { planId }, { body }))).version.id;
  },
  async saveAdoption(host: Host, planId: string, title: string, kind: 'docx' | 'xlsx'): Promise<boolean> {
    const bytes = await userFacing(new ApiClient(host).call(kind === 'docx' ? 'adoptionDocx' : 'adoptionXlsx', { planId }));
    const mime = kind === 'docx'
      ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
      : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return host.saveFile(fileNameFor(title, 'plan', `征求意见采纳情况表.${kind}`), bytes, mime);
  },
};
