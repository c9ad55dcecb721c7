/**
 * Words for synthetic statements: counterparties, employees and descriptions as a Chinese
 * branch's corporate customer would see them. Test data only (not product text).
 */

export const COMPANIES: readonly string[] = [
  '上海浦江贸易有限公司', '北京华信科技有限公司', '深圳前海物流有限公司', '广州珠江建材有限公司',
  '杭州西溪电子商务有限公司', '南京金陵机械制造有限公司', '成都天府食品有限公司', '武汉长江医药有限公司',
  '苏州工业园区精密模具有限公司', '天津滨海化工有限公司', '重庆山城汽车配件有限公司', '青岛海湾纺织有限公司',
  '厦门鹭岛进出口有限公司', '西安古城文化传媒有限公司', '长沙湘江农业发展有限公司', '宁波港联仓储有限公司',
  '郑州中原粮油有限公司', '济南泉城印务有限公司', '合肥科大讯通有限公司', '昆明滇池花卉有限公司',
  '国网上海市电力公司', '上海市自来水有限公司', '中国移动通信集团上海有限公司', '国家税务总局上海市税务局',
  '上海市社会保险事业管理中心', '上海住房公积金管理中心',
];

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '建华', '志强'];

/** An employee name built from a surname and a given name (for payroll batch lines). */
export function personName(draw: (lo: number, hi: number) => number): string {
  return `${SURNAMES[draw(0, SURNAMES.length - 1)]}${GIVEN[draw(0, GIVEN.length - 1)]}`;
}

export const PAYMENT_DESCRIPTIONS: readonly string[] = ['支付货款', '采购付款', '服务费', '运输费', '租金', '设备款', '预付款', '工程款'];
export const RECEIPT_DESCRIPTIONS: readonly string[] = ['收到货款', '销售回款', '服务收入', '退款', '往来款', '投资收益'];
/** A few descriptions that force CSV quoting (comma, double quote): the reader must cope. */
export const QUOTED_DESCRIPTIONS: readonly string[] = ['货款,合同号 HT2026-0117', '"加急"转账', '发票 00123456,00123457'];
