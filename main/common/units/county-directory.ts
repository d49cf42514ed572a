/**
 * The default county directory: current (post-2018 reform) names of the departments a county plan
 * names most, without the level prefix (县/旗/区/市), with their usual abbreviations. Names that are
 * official elsewhere (水务局, 教育体育局) are not abbreviations: counties differ.
 */
export interface DirectoryEntry {
  /** Name without the level prefix: 市场监督管理局. */
  base: string;
  /** Abbreviations in use: 市场监管局. */
  abbreviations: string[];
}

export const COUNTY_DIRECTORY: readonly DirectoryEntry[] = [
  { base: '人民政府办公室', abbreviations: ['政府办'] },
  { base: '发展和改革局', abbreviations: ['发改局', '发展改革局'] },
  { base: '工业和信息化局', abbreviations: ['工信局'] },
  { base: '科学技术局', abbreviations: ['科技局'] },
  { base: '教育局', abbreviations: [] },
  { base: '公安局', abbreviations: [] },
  { base: '民政局', abbreviations: [] },
  { base: '司法局', abbreviations: [] },
  { base: '财政局', abbreviations: [] },
  { base: '人力资源和社会保障局', abbreviations: ['人社局'] },
  { base: '自然资源局', abbreviations: [] },
  { base: '生态环境局', abbreviations: [] },
  { base: '住房和城乡建设局', abbreviations: ['住房城乡建设局'] },
  { base: '交通运输局', abbreviations: ['交通局'] },
  { base: '水利局', abbreviations: [] },
  { base: '农业农村局', abbreviations: [] },
  { base: '商务局', abbreviations: [] },
  { base: '文化和旅游局', abbreviations: ['文旅局', '文化旅游局'] },
  { base: '卫生健康局', abbreviations: ['卫健局'] },
  { base: '退役军人事务局', abbreviations: ['退役军人局'] },
  { base: '应急管理局', abbreviations: ['应急局'] },
  { base: '审计局', abbreviations: [] },
  { base: '市场监督管理局', abbreviations: ['市场监管局', '市场局'] },
  { base: '统计局', abbreviations: [] },
  { base: '医疗保障局', abbreviations: ['医保局'] },
  { base: '林业和草原局', abbreviations: ['林草局'] },
  { base: '乡村振兴局', abbreviations: [] },
  { base: '政务服务和数据管理局', abbreviations: ['政数局'] },
  { base: '地方金融监督管理局', abbreviations: ['金融局'] },
  { base: '粮食和物资储备局', abbreviations: [] },
  { base: '委宣传部', abbreviations: ['宣传部'] },
  { base: '总工会', abbreviations: [] },
];
