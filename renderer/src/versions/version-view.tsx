import { Item } from '../../../main/common/model/item';
import { Numbering } from '../../../main/common/model/numbering';
import type { Plan } from '../../../main/common/model/plan';
import { Responsibility } from '../../../main/common/model/responsibility';
import type { Body } from '../../../main/common/model/element-types';
import { Text } from '../../../main/common/model/text';

/** A saved version, read-only: title, sections with derived numbering, every block's text and responsibilities. */
export function VersionView({ plan }: { plan: Plan }) {
  const labels = Numbering.plan(plan);
  const body = (b: Body) => b.map((block, i) => {
    if (block.type === 'table') return <p key={i} className="muted">（表格）</p>;
    if (block.type === 'paragraph') return <p key={i}>{Text.plain(block.children)}</p>;
    return (
      <p key={block.id}>
        <strong>{labels.get(block.id)}{Item.leadText(block)}</strong>{Item.bodyText(block)}
        <span className="muted">{Responsibility.text(block, plan.meta.responsibilityNotation)}</span>
      </p>
    );
  });
  return (
    <article className="version-view" aria-label="版本内容（只读）">
      <h3>{plan.meta.title}</h3>
      {body(plan.preamble)}
      {plan.sections.map((s) => (
        <section key={s.id}>
          <h4>{labels.get(s.id)}{s.title}</h4>
          {body(s.body)}
          {s.sections.map((c) => (
            <section key={c.id}><h5>{labels.get(c.id)}{c.title}</h5>{body(c.body)}</section>
          ))}
        </section>
      ))}
      {body(plan.closing)}
    </article>
  );
}
