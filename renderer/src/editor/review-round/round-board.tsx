import { BOARD_LABELS, ReviewRound, type ReviewRound as Round, type RoundAnswer } from '../../../../main/common/model/review-round';
import { chineseDate } from '../../../../main/common/model/chinese-date';

/**
 * The board: per department 已反馈 / 无意见 / 逾期（视同无意见）/ 未反馈, how many opinions, its invite
 * code; the office may record an answer given by telephone or letter.
 */
export function RoundBoard({ round, today, inText, codes, canManage, onAnswer }: {
  round: Round; today: string; codes: ReadonlyMap<string, string>; canManage: boolean;
  /** Departments with 修订 or 批注 in the text, collected or not (useRoundRespondents). */
  inText: ReadonlySet<string>;
  onAnswer(department: string, answer: RoundAnswer): void;
}) {
  const rows = ReviewRound.board(round, today, inText);
  const count = (s: string) => rows.filter((r) => r.status === s).length;
  return (
    <div className="round-board">
      <p>
        {round.name}，反馈截止 {chineseDate(round.deadline)}{round.closed ? '（已结束）' : ''}：
        已反馈 {count('answered')}，无意见 {count('no-opinion')}，逾期 {count('overdue')}，未反馈 {count('waiting')}
      </p>
      <table>
        <thead><tr><th>部门</th><th>状态</th><th>意见</th>{canManage && <th>邀请码</th>}{canManage && !round.closed && <th>代为登记</th>}</tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.department} data-status={r.status}>
              <td>{r.department}</td>
              <td className={`round-status ${r.status}`}>{BOARD_LABELS[r.status]}</td>
              <td>{r.opinions || '—'}</td>
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
