/**
 * Names before the 2018 institutional reform (and a few later ones) → the current county name (no
 * level prefix). `suffix`: the old name may follow a place name (天水出入境检验检疫局).
 */
export interface RenameRule {
  old: readonly string[];
  current: string;
  reason: string;
  suffix?: true;
  /** Where the old name may still be current (内蒙古 keeps 农牧局). */
  keepIn?: RegExp;
}

const REFORM = '2018年机构改革';

export const NAME_HISTORY: readonly RenameRule[] = [
  { old: ['质量技术监督局', '质监局', '工商行政管理局', '工商局', '食品药品监督管理局', '食品药品监管局', '食药监局', '食药局'], current: '市场监督管理局', reason: `${REFORM}，质监、工商、食药监职责并入市场监督管理局` },
  { old: ['环境保护局', '环保局', '环境保护厅', '环保厅'], current: '生态环境局', reason: `${REFORM}，环境保护局改为生态环境局` },
  { old: ['卫生和计划生育委员会', '卫生计生委', '卫计委', '卫生计生局', '卫计局', '卫生局'], current: '卫生健康局', reason: `${REFORM}，卫生计生部门改为卫生健康部门` },
  { old: ['农业局', '农牧局', '农牧业局', '畜牧局', '农业委员会', '农委', '农牧厅', '农业厅'], current: '农业农村局', reason: `${REFORM}，农业（农牧）部门改为农业农村局`, keepIn: /内蒙古|旗|盟/ },
  { old: ['发展和改革委员会', '发展改革委', '发改委', '物价局'], current: '发展和改革局', reason: `${REFORM}后县级发展改革部门称发展和改革局` },
  { old: ['经济和信息化委员会', '经济和信息化委', '经济和信息化局', '经信委', '经信局', '工信委', '工业和信息化委员会', '经济商务和信息化局'], current: '工业和信息化局', reason: `${REFORM}，经信（工信）部门改为工业和信息化局` },
  { old: ['文化局', '旅游局', '文化广电新闻出版局', '文广新局', '文体广电局', '文化体育局', '文化厅', '文化新闻出版厅'], current: '文化和旅游局', reason: `${REFORM}，文化、旅游部门合并为文化和旅游局` },
  { old: ['建设局', '住建局', '城乡建设局', '住房和城乡建设委员会', '住建委', '住房城乡建设厅', '建设厅'], current: '住房和城乡建设局', reason: '现称住房和城乡建设局' },
  { old: ['安全生产监督管理局', '安监局'], current: '应急管理局', reason: `${REFORM}，安全生产监管职责并入应急管理局` },
  { old: ['国土资源局', '国土局', '规划局', '城乡规划局'], current: '自然资源局', reason: `${REFORM}，国土、规划职责并入自然资源局` },
  { old: ['人事局', '劳动和社会保障局', '劳动局', '人力资源社会保障厅'], current: '人力资源和社会保障局', reason: '人事、劳动部门已合并为人力资源和社会保障局' },
  { old: ['监察局'], current: '监察委员会', reason: '2018年监察体制改革，监察局并入监察委员会' },
  { old: ['政府金融办', '金融工作办公室', '金融工作局'], current: '地方金融监督管理局', reason: `${REFORM}，金融办改为地方金融监督管理局` },
  { old: ['扶贫开发办公室', '扶贫办'], current: '乡村振兴局', reason: '2021年扶贫办改为乡村振兴局' },
  { old: ['粮食局'], current: '粮食和物资储备局', reason: `${REFORM}，粮食局改为粮食和物资储备局` },
  { old: ['出入境检验检疫局'], current: '海关', reason: `${REFORM}，出入境检验检疫管理职责划入海关`, suffix: true },
];
