/**
 * "…提升区域大气污染防治协作能力。县生态环境局牵头,各相关部门参与。": a task's units written as its last
 * sentence without brackets — the lead and 牵头, then the partners and their verb (参与, 配合 …). Copies a
 * sharing site made from Word (and some plans as written) drop the note's brackets; the sentence states no
 * action of its own, only who leads and who takes part, as "(A牵头,B参与)" does. A sentence opened by 由 is
 * prose about one step ("由区交通委牵头,…配合" inside a task), and one that goes on after the partners' verb is
 * no note. Matched on the folded copy (half-width punctuation).
 */
export const BARE_LEAD_NOTE = /^(?!由)[^,;:。]{2,40}?牵头(?:负责)?,[^;:。]{2,80}?(?:参与|配合|参加|协助|协办)$/;
