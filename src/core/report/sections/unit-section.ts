/** 一、预算单位基本情况: who the unit is (from 基本情况), its duties (the unit's text), its staffing. */
import { ParagraphSink, type DraftContext } from '../draft-context';
import type { DraftParagraph, DraftRun } from '../draft-model';
import { unitCount, unitFigure, unitText } from '../figures';
import { addUserParagraphs } from './user-paragraphs';

export function unitSection(context: DraftContext): DraftParagraph[] {
  const { unitInfo } = context;
  const sink = new ParagraphSink();
  sink.add('unit.heading', 'heading1', context.fill('heading.unit', {}));
  sink.add(
    'unit.intro',
    'body',
    context.fill('unit.intro', {
      单位名称: unitFigure(unitInfo, '单位名称'),
      单位性质: unitFigure(unitInfo, '单位性质'),
      单位级别: unitFigure(unitInfo, '单位级别'),
    }),
  );

  const duties = context.userLines('主要职责');
  // a duties text that names itself (`主要职责是：…`) needs no lead-in
  if (!duties.some((line) => line.kind === 'user' && line.text.includes('职责'))) {
    sink.add('unit.duties-lead', 'body', context.fill('unit.dutiesLead', {}));
  }
  addUserParagraphs(context, sink, 'unit.duties', '主要职责');

  const staffing: DraftRun[] = [];
  if (unitText(unitInfo, '预算级次')) {
    staffing.push(...context.fill('unit.level', { 单位级别: unitFigure(unitInfo, '单位级别'), 预算级次: unitFigure(unitInfo, '预算级次') }));
  }
  staffing.push(
    ...context.fill('unit.staffing', {
      编制类型: unitFigure(unitInfo, '编制类型'),
      编制数: unitCount(unitInfo, '编制数'),
      实有人数: unitCount(unitInfo, '实有人数'),
      在职人员: unitCount(unitInfo, '在职人员'),
      劳务派遣人员: unitCount(unitInfo, '劳务派遣人员'),
      离休: unitCount(unitInfo, '离休'),
      退休: unitCount(unitInfo, '退休'),
    }),
  );
  if (unitText(unitInfo, '内设机构数') || unitText(unitInfo, '所属单位数')) {
    staffing.push(
      ...context.fill('unit.departments', {
        内设机构数: unitCount(unitInfo, '内设机构数'),
        所属单位数: unitCount(unitInfo, '所属单位数'),
      }),
    );
  }
  const offices = unitText(unitInfo, '内设机构');
  if (offices) {
    const flags = context.flagsAt(offices.source);
    staffing.push(
      ...context.fill('unit.departmentNames', {
        单位名称: unitFigure(unitInfo, '单位名称'),
        内设机构: { kind: 'user', text: offices.text.replace(/[。．.]+$/, ''), field: '内设机构', source: offices.source, ...(flags.length ? { flags } : {}) },
      }),
    );
  }
  sink.add('unit.staffing', 'body', staffing);
  return sink.paragraphs;
}
