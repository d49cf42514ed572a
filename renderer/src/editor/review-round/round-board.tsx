import { BOARD_LABELS, ReviewRound, type ReviewRound as Round, type RoundAnswer } from '../../../../main/common/model/review-round';
import { chineseDate } from '../../../../main/common/model/chinese-date';

/**
 * The board: per department 已反馈 / 无意见 / 逾期（视同无意见）/ 未反馈, how many opinions, its invite
 * code; the office may record an answer given by telephone or letter.
 */
export function RoundBoard({ round, withText, today, inText, codes, canManage, onAnswer }: {
  round: Round; today: string; codes: ReadonlyMap<string, string>; canManage: boolean;
  /** The round with the text's open 修订 and 批注 merged in (useRoundWithText): the 意见 column counts these. */
  withText: Round;
  /** Departments with 修订 or 批注 in the text, collected or not (useRoundRespondents). */
  inText: ReadonlySet<string>;
  onAnswer(department: string, answer: RoundAnswer): void;
}) {
  const rows = ReviewRound.board(round, today, inText, withText);
  const count = (s: string) => rows.filter((r) => r.status === s).length;
  return (
    <div className="round-board">
      <p>
        {round.name}，反馈截止 {chineseDate(round.deadline)}{round.closed ? '（已结束）' : ''}：
        已反馈 {count('answered')}，无意见 {count('no-opinion')}，逾期 {count('overdue')}，未反馈 {count('waiting')}
      </p>
      <table>
        <thead><tr><th>部门</th><th>状态</th><th title="该部门提出的意见条数：已列入采纳情况表的，加上正文中尚未汇总的修订和批注">意见（条）</th>{canManage && <th>邀请码</th>}{canManage && !round.closed && <th>代为登记</th>}</tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.department} data-status={r.status}>
              <td>{r.department}</td>
              <td className={`round-status ${r.status}`}>{BOARD_LABELS[r.status]}</td>
              <td className="round-opinions">{r.opinions ? `${r.opinions}${r.pending ? `（${r.pending} 条待汇总）` : ''}` : '—'}</td>
              {canManage && <td className="mono">{codes.get(r.department) ?? '—'}</td>}
              {canManage && !round.closed && (
                <td>
                  <button type="button" aria-label={`${r.department}无意见`} onClick={() => onAnswer(r.department, 'no-opinion')}>无意见</button>{' '}
                  <button type="button" aria-label={`${r.department}已反馈`} onClick={() => onAnswer(r.department, 'answered')}>已反馈</button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
