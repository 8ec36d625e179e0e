/**
 * Key people, part 1: NPO founders, the four STOs (Social Technology Officers, engineers serving
 * 3–4 NPOs part-time) and the cross-sector connectors. Fictional, like everyone in the demo.
 */
import type { KeyPersonSpec } from './key-people.ts';

export const KEY_PEOPLE_LEADERS: readonly KeyPersonSpec[] = [
  {
    id: 'p001',
    name: '田中 花子',
    nameKana: 'たなか はなこ',
    nameLatin: 'Tanaka Hanako',
    email: 'hanako.tanaka@example.org',
    bio: 'NPO法人こどもごはんネット東京の代表理事として、都内の子ども食堂への食品提供とフードバンク運営に取り組んでいる。',
    memberships: [
      ['o01', '代表理事', '2014-04-01'],
      ['o36', 'アドバイザー', '2019-05-01'],
    ],
    skills: { 'food-bank-operations': 5, 'kodomo-shokudo': 5, 'grant-writing': 4, 'donor-relations': 4 },
  },
  {
    id: 'p002',
    name: '佐藤 健一',
    nameKana: 'さとう けんいち',
    nameLatin: 'Sato Kenichi',
    email: 'kenichi.sato@example.org',
    bio: '東日本大震災を機にNPO法人みやぎ復興つなぎ隊を立ち上げ、代表理事として被災地の生活再建支援を続けている。',
    memberships: [
      ['o02', '代表理事', '2011-06-01'],
      ['o28', '理事', '2015-04-01'],
    ],
    skills: { reconstruction: 5, 'disaster-volunteer-centre': 5, 'volunteer-management': 4, strategy: 3 },
  },
  {
    id: 'p003',
    name: '鈴木 美咲',
    nameKana: 'すずき みさき',
    nameLatin: 'Suzuki Misaki',
    email: 'misaki.suzuki@example.jp',
    bio: 'フリーランスのエンジニアで、ソーシャルテクノロジーオフィサー（STO）として3つのNPOのIT戦略を非常勤で支えている。',
    memberships: [
      ['o01', 'STO', '2021-04-01'],
      ['o06', 'STO', '2022-04-01'],
      ['o11', 'STO', '2023-10-01'],
    ],
    skills: { kintone: 5, salesforce: 4, 'data-analysis': 4, 'project-management': 4, 'information-security': 3 },
  },
  {
    id: 'p004',
    name: '高橋 翔太',
    nameKana: 'たかはし しょうた',
    nameLatin: 'Takahashi Shota',
    email: 'shota.takahashi@example.jp',
    bio: '元SIerのエンジニアで、STOとして東北の災害支援NPOなど4つのNPOのシステムとデータ活用を非常勤で担っている。',
    memberships: [
      ['o02', 'STO', '2019-10-01'],
      ['o05', 'STO', '2020-01-01'],
      ['o12', 'STO', '2022-07-01'],
      ['o13', 'STO', '2024-04-01'],
    ],
    skills: { 'web-development': 5, 'cloud-infrastructure': 4, gis: 4, 'google-workspace': 3, 'project-management': 3 },
  },
  {
    id: 'p005',
    name: '伊藤 直樹',
    nameKana: 'いとう なおき',
    nameLatin: 'Ito Naoki',
    email: 'naoki.ito@example.jp',
    bio: '株式会社ソーシャルビットのエンジニアで、業務時間の一部をSTOとして3つのNPOのCRM導入とアクセシビリティ改善に充てている。',
    memberships: [
      ['o18', 'エンジニア', '2015-04-01'],
      ['o03', 'STO', '2022-01-01'],
      ['o07', 'STO', '2022-06-01'],
      ['o10', 'STO', '2023-04-01'],
    ],
    skills: { salesforce: 5, crm: 4, accessibility: 4, 'frontend-development': 4, 'data-protection-law': 2 },
  },
  {
    id: 'p006',
    name: '渡辺 陽子',
    nameKana: 'わたなべ ようこ',
    nameLatin: 'Watanabe Yoko',
    email: 'yoko.watanabe@example.jp',
    bio: 'ノーコードツールを得意とするエンジニアで、STOとしてホスピスケアや若者支援の3つのNPOの業務改善を非常勤で支援している。',
    memberships: [
      ['o04', 'STO', '2020-04-01'],
      ['o08', 'STO', '2021-09-01'],
      ['o09', 'STO', '2023-01-01'],
    ],
    skills: { 'no-code': 5, kintone: 4, airtable: 4, 'data-analysis': 3, 'volunteer-management': 3 },
  },
  {
    id: 'p007',
    name: '山本 誠',
    nameKana: 'やまもと まこと',
    nameLatin: 'Yamamoto Makoto',
    email: 'makoto.yamamoto@example.org',
    bio: '公益財団法人ひかり市民社会基金のプログラムオフィサーとして全国のNPOの助成と伴走支援を担い、セクターを越えて人をつなぐことを得意とする。',
    memberships: [
      ['o25', 'プログラムオフィサー', '2012-04-01'],
      ['o21', '職員', '2004-04-01', '2012-03-31'],
      ['o34', 'アドバイザー', '2018-01-01'],
    ],
    skills: { 'grant-writing': 5, 'cross-sector-coordination': 5, 'impact-evaluation': 4, facilitation: 4 },
  },
  {
    id: 'p008',
    name: '中村 由美',
    nameKana: 'なかむら ゆみ',
    nameLatin: 'Nakamura Yumi',
    email: 'yumi.nakamura@example.jp',
    bio: 'みどり野市役所 市民協働課の課長として、NPO・企業・町内会との協働事業を数多く手がけてきた。',
    memberships: [
      ['o14', '課長', '2017-04-01'],
      ['o38', '理事', '2019-06-01'],
    ],
    skills: { 'cross-sector-coordination': 5, 'npo-law': 4, facilitation: 4, 'policy-advocacy': 3 },
  },
  {
    id: 'p009',
    name: '小林 大輔',
    nameKana: 'こばやし だいすけ',
    nameLatin: 'Kobayashi Daisuke',
    email: 'daisuke.kobayashi@example.jp',
    bio: '奥羽総合大学 災害科学研究室の教授として災害時の支援体制を研究し、いわて災害ボランティアネットの理事も務めている。',
    memberships: [
      ['o30', '教授', '2012-04-01'],
      ['o05', '理事', '2016-10-01'],
      ['o29', '研究員', '2006-04-01', '2012-03-31'],
    ],
    skills: { 'disaster-prevention-education': 5, reconstruction: 4, 'social-research': 4, gis: 3 },
  },
];
