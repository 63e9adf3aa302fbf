import { date, text } from '../../forms/columns';
import type { FormInput } from '../../forms/schema';

/** 高桥小学党员干部廉政承诺书 (seed 003), word for word. */
export const PLEDGE = [
  '为深入学习实践科学发展观,严格执行廉洁自律各项规定,推进党风廉政建设,自觉实践“三个代表”重要思想,严于律己,防微杜渐,我承诺:',
  '1.认真学习、贯彻《中国共产党党内监督条例》、《中国共产党纪律处分条例》,自觉贯彻落实党风廉政建设责任制,严格执行廉洁自律各项规定,积极参加以实践“三个代表”重要思想为主要内容的保持共产党员先进性教育活动,努力走在构建和谐校园前列。',
  '2.自觉廉洁从教,不收取学生家长礼金、礼券和物品,拒绝学生家长宴请,做人民满意的教师。',
  '3.教书育人,为人师表,不参与赌博,不参与非法宗教迷信活动,不进入有损教师形象的娱乐场所。公共场所讲文明,为人师表,不说不做有损教师形象的话和事,自觉维护人民教师良好形象。',
  '4.牢记自己是共产党员,始终保持共产党员先进性,带头遵守校纪校规,为教职工做表率;带头做好本职工作,为教职工做榜样;带头讲团结、讲奉献、讲工作实绩,不混同于普通群众。',
  '5.自觉广泛地接受监督。始终将自己置身于组织和教职工的监督之下,真诚地听取各方面的意见和建议,认真开展批评和自我批评。自觉用党员干部的标准对照自己、要求自己,处处树立党员干部的良好形象,争做新时期的“合格”教师。',
  '6.加强自身思想道德修养,不利用自己的职权谋取私利。工作要主动、热情、积极不拖拉,服务态度优良。要坚决杜绝利用手中权力谋私利,更不能用手中权力为难教职工。',
  '以上是我的廉洁从教承诺,真诚欢迎党组织和广大教职工予以监督。',
].join('\n');

export const D3: FormInput = {
  id: 'D3',
  title: '廉政承诺书',
  kind: 'pledge',
  pledge: PLEDGE,
  // The pledge closes as a letter: 承诺人: and the date under the text, signed by hand (no table).
  columns: [
    text('pledger', '承诺人', { required: true, width: 16 }),
    date('date', '日期', { required: true, width: 18, aliases: ['承诺日期'] }),
  ],
  blankRows: 1,
  // Typed by hand as the pledge itself: title, numbered paragraphs, 承诺人:, a date line.
  textLayout: true,
  note: '高桥小学党员干部廉政承诺书;根据查出的风险点,对照党员干部党风廉政制要求签订。',
};
