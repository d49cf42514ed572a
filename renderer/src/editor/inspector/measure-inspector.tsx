import { useEffect, useState } from 'react';
import { PlanDoc } from '../../../../main/common/collab/plan-doc';
import type { Item } from '../../../../main/common/model/item';
import { Responsibility } from '../../../../main/common/model/responsibility';
import { unitWord } from '../../../../main/common/templates/instantiate';
import { Units } from '../../../../main/common/units/units';
import type { ResponsibilityNotation } from '../../../../main/common/model/meta';
import { shallowArrayEqual, usePlanDoc } from '../collab/use-plan-doc';
import { setItemFields, type ItemFieldsPatch } from '../commands/set-item-fields';
import { usePageEnv } from '../page-env';
import { useActiveView } from '../use-active-view';
import { InspectorView } from './inspector-view';
import { UnitPicker } from './unit-picker';

const ROLE_NAME: Record<Item['role'], string> = { measure: '工作措施', target: '工作目标', point: '要点' };

/** The selected measure's responsibility data: lead units, support units, deadline. */
export function MeasureInspector({ notation, region }: { notation: ResponsibilityNotation; region: string }) {
  const { session } = usePageEnv();
  // Re-rendered when the item or its units change, not when its text does (inspector-view.ts).
  const { editor, item } = useActiveView(InspectorView.of, InspectorView.equal);
  const departments = usePlanDoc(session.planDoc, 'departments', PlanDoc.departments, shallowArrayEqual);
  if (!item || !editor) return <p className="muted inspector-empty">将光标放在一条工作措施中，可在此指定牵头单位、责任单位和完成时限。</p>;
  const patch = (p: ItemFieldsPatch) => setItemFields(editor, { id: item.id, patch: p });
  const suggest = (name: string) => Units.suggestLevel(name, unitWord(region), { region }) ?? Units.suggest(name, { region });
  const addDepartment = (name: string) => {
    PlanDoc.addDepartment(session.planDoc, { name, aliases: [] });
  };
  return (
    <section className="inspector" aria-label="措施属性">
      <h3>{ROLE_NAME[item.role]}</h3>
      {item.role === 'measure' ? (
        <>
          <UnitPicker label="牵头单位" units={item.leadUnits} departments={departments} suggest={suggest}
            onChange={(leadUnits) => patch({ leadUnits })} onAddDepartment={addDepartment} />
          <UnitPicker label="责任单位" units={item.supportUnits} departments={departments} suggest={suggest}
            onChange={(supportUnits) => patch({ supportUnits })} onAddDepartment={addDepartment} />
          <DeadlineField key={item.id} value={item.deadline} onCommit={(deadline) => patch({ deadline })} />
          <p className="inspector-preview" aria-label="责任分工预览">{Responsibility.text(item, notation) || '（尚未指定责任单位）'}</p>
        </>
      ) : <p className="muted">工作目标和要点不标注责任单位。可用工具栏将其改为工作措施。</p>}
    </section>
  );
}

function DeadlineField({ value, onCommit }: { value: string | null; onCommit(v: string | null): void }) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const commit = () => {
    const v = text.trim() || null;
    if (v !== value) onCommit(v);
  };
  return (
    <label className="deadline-field">完成时限
      <input value={text} placeholder="如：2026年12月底前" maxLength={80} onChange={(e) => setText(e.target.value)}
        onBlur={commit} onKeyDown={(e) => { if (e.key === 'Enter') commit(); }} />
    </label>
  );
}
