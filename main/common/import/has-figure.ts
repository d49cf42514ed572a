/**
 * A figure a target can be checked against: a number that is not only a year or a date ("到2020年"
 * alone is not one), or a Chinese ratio (百分之…, 翻一番).
 */
export function hasFigure(m: string): boolean {
  // Years, dates and a duration ("通过3年时间的努力", "用2年左右时间") are no target figure.
  // The base period of a comparison named by its years ("与前三年(2022-2024年)平均数同比下降", "较近五年（2019—2023年）
  // 均值"): an aim set against the average of past years is written so, and the years are a time too. Only a
  // period after 前/近/过去 N年 is taken; a cited plan's period ("《…行动计划(2016-2018年)》") is not.
  const rest = m.replace(/([前近]|过去)[一二三四五六七八九十两\d]{1,2}年\s*[(（]\s*\d{4}\s*[-—–―~～至到]\s*\d{4}\s*年\s*[)）]/g, '$1几年').replace(/\d{4}\s*年(\d{1,2}\s*月)?(\d{1,2}\s*日)?/g, '').replace(/\d{1,2}\s*月(底|份|末)?(\d{1,2}\s*日)?/g, '')
    .replace(/\d{1,2}\s*(年|个月)(左右)?(的)?时间/g, '')
    // A pollutant's or a standard's name with digits in it ("细颗粒物(PM2.5)浓度", "PM10", "O3", "5G")
    // names what is measured; only a figure after it is a target's.
    .replace(/PM\s*(2\.5|10)|[A-Z][A-Za-z]{0,3}\d(?![\d.%])|\d+G\b/g, '')
    // A programme named by the count of its parts ("“1+4+1”工程", "“1+N”政策体系") is no figure either.
    .replace(/\d+(\s*\+\s*(\d+|[NXnx]))+(?![\d.%])/g, '')
    // Nor is a measure's name in quotes counting its parts ("落实“上门10项便民服务”工作措施"): the count names
    // the package, as “三个一” does; a quoted figure with a rate ("“两个100%”") stays one.
    .replace(/“[^”\d]{0,10}\d+\s*(项|个|条|大|类|张|套|件)[^”\d%]{1,12}”/g, '')
    // A document cited by its number ("（沪消〔2021〕200号）") is the ground of an aim, not its figure.
    .replace(/[〔[【(（]\s*\d{4}\s*[〕\]】)）]\s*第?\s*\d+\s*号/g, '');
  return /\d/.test(rest) || /百分之|翻一番|翻番|[一二两三四五六七八九十]倍/.test(m);
}
