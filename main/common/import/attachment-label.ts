/**
 * "附件4", "附件", "附表1：": the label GB/T 9704 prints above an attachment's title. An attachment saved as a
 * file of its own opens with it; it is not part of the title under it.
 */
export function isAttachmentLabel(m: string): boolean {
  return /^附\s*[件表]\s*\d{0,2}\s*:?$/.test(m.trim());
}
