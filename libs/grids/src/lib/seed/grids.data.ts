/**
 * The demo's ten grids (网格) of the Dongying agencies, grouped by sector, by agency code
 * (tools/seed's register). An agency not listed here (a synthetic set's) is dealt round the grids.
 */
export const DEMO_GRIDS: readonly { name: string; note: string; agencies: readonly string[] }[] = [
  { name: '第一网格（综合经济）', note: '财政、发改、审计、统计、国资、金融等综合经济部门', agencies: ['CZJ', 'FGW', 'SJJ', 'TJJ', 'GZW', 'JRJ', 'SWSWJ', 'TCJ', 'JJHZ', 'SNKJ', 'GGZY'] },
  { name: '第二网格（党委部门）', note: '市委办公室、组织、宣传、统战等党委工作部门', agencies: ['SWBGS', 'ZFBGS', 'ZZB', 'XCB', 'TZB', 'BB', 'WXB', 'LGBJ', 'JYBMJ', 'DSY', 'DAG'] },
  { name: '第三网格（政法纪检）', note: '纪检监察、政法、公检法司和信访', agencies: ['JWJW', 'ZFW', 'GAJ', 'ZY', 'JCY', 'SFJ', 'XFJ'] },
  { name: '第四网格（人大政协群团）', note: '人大、政协机关和工青妇等群团组织', agencies: ['RDJG', 'ZXJG', 'ZGH', 'TSW', 'FL', 'KX', 'WL', 'SKL', 'QL', 'CL', 'HSH', 'GSL'] },
  { name: '第五网格（教育科技文化）', note: '教育、科技、文化旅游、体育、院校和媒体', agencies: ['JYJ', 'KJJ', 'DX', 'ZYXY', 'KJXY', 'YZ', 'TSG', 'BWG', 'DSJJ', 'WLJ', 'TIYJ', 'RMT', 'DYRB'] },
  { name: '第六网格（卫生健康社保）', note: '卫生健康、医院、医保、人社、民政和退役军人', agencies: ['WJW', 'RMYY', 'ZYY', 'DEYY', 'JKZX', 'FYBJ', 'YBJ', 'RSJ', 'SBZX', 'MZJ', 'TYJ'] },
  { name: '第七网格（城乡建设交通）', note: '自然资源、住建、城管、交通和公积金、不动产', agencies: ['ZRZYJ', 'ZJJ', 'CGJ', 'ZHZFJ', 'GJJ', 'BDC', 'LYJ', 'RFB', 'JTJT', 'JTJ', 'GLZX'] },
  { name: '第八网格（农业资源环境）', note: '农业农村、水务、生态环境、海洋渔业和气象、河务', agencies: ['NYJ', 'SWJ', 'HJJ', 'HYJ', 'NKY', 'XMSY', 'QXJ', 'DZJ', 'HWJ', 'GXS'] },
  { name: '第九网格（市场政务服务）', note: '市场监管、工信、商务、审批、政务服务和应急', agencies: ['SCJ', 'GXJ', 'SWUJ', 'SPJ', 'ZWFW', 'JYJC', 'YJJ', 'JGSW'] },
  { name: '第十网格（功能园区）', note: '开发区、港区、农高区、综保区和生态旅游区', agencies: ['KFQ', 'GKQ', 'NGQ', 'ZBQ', 'STQ'] },
];

/** The demo liaison's grid (its agencies include 市财政局, whose demo users the README lists). */
export const LIAISON_GRID = 0;
