/**
 * What a cluster works on. Clusters are the communities above organisation level (a region's
 * disaster-relief network, its civic-tech scene …); the theme decides which skills its people
 * hold, which sectors its organisations come from, and how its organisations and projects are
 * named, so that skill searches and community detection both find real structure.
 */
import type { Sector } from '../../server/shared/dataset.ts';
import type { NamePart } from '../demo/names.ts';
import { SKILL_GROUPS } from '../demo/skills.ts';

export interface Theme {
  /** Japanese label for tie contexts: "宮城の災害支援・防災ネットワーク". */
  label: string;
  /** Skill ids typical for the theme, most typical first. */
  skills: readonly string[];
  /** Multipliers on the base sector mix (a civic-tech cluster has more companies). */
  sectorBoost: Partial<Record<Sector, number>>;
  /** Name words for NPOs, foundations, community groups and research centres. */
  words: readonly NamePart[];
  /** The prefectural office that works on the theme. */
  office: NamePart;
  /** Project topics, used in project names. */
  topics: readonly string[];
  /** Japanese noun phrase for bios: "…に取り組んでいる". */
  work: string;
}

export const THEMES: readonly Theme[] = [
  {
    label: '子ども・教育',
    skills: [
      'kodomo-shokudo',
      'learning-support',
      'youth-work',
      'early-childhood',
      'environmental-education',
      'childcare',
    ],
    sectorBoost: { npo: 1.3, community: 1.5 },
    words: [
      ['こども', 'こども', 'Kids'],
      ['まなび', 'まなび', 'Manabi'],
      ['こども食堂', 'こどもしょくどう', 'Kodomo Shokudo'],
      ['ユース', 'ゆーす', 'Youth'],
      ['子育て', 'こそだて', 'Parenting'],
    ],
    office: ['こども家庭課', 'こどもかていか', 'Children and Families Division'],
    topics: ['子ども食堂ネットワーク', '放課後学習支援', 'ユースセンター運営', '子育てひろば', '体験型環境学習'],
    work: '子どもの居場所づくりと学習支援',
  },
  {
    label: '災害支援・防災',
    skills: [
      'disaster-volunteer-centre',
      'evacuation-shelter',
      'disaster-prevention-education',
      'reconstruction',
      'disaster-relief',
      'volunteer-management',
    ],
    sectorBoost: { government: 1.5, community: 1.3 },
    words: [
      ['防災', 'ぼうさい', 'Bosai'],
      ['ふっこう', 'ふっこう', 'Recovery'],
      ['たすけあい', 'たすけあい', 'Mutual Aid'],
      ['つなぎ', 'つなぎ', 'Tsunagi'],
    ],
    office: ['危機管理課', 'ききかんりか', 'Crisis Management Division'],
    topics: ['災害ボランティアセンター支援', '避難所運営訓練', '地域防災マップ作成', '復興まちづくり', '防災教育'],
    work: '災害支援と地域の防災',
  },
  {
    label: '福祉・介護',
    skills: ['elderly-care', 'dementia-care', 'disability-support', 'end-of-life-care', 'counselling', 'welfare'],
    sectorBoost: { other: 2, npo: 1.2 },
    words: [
      ['ふくし', 'ふくし', 'Fukushi'],
      ['ささえあい', 'ささえあい', 'Sasaeai'],
      ['ケア', 'けあ', 'Care'],
      ['ひだまり', 'ひだまり', 'Hidamari'],
    ],
    office: ['高齢福祉課', 'こうれいふくしか', 'Elderly Welfare Division'],
    topics: ['認知症カフェ', '地域包括ケア連携', '障害者就労支援', '看取り支援ネットワーク', '高齢者見守り'],
    work: '高齢者と障害のある人の暮らしの支援',
  },
  {
    label: '生活困窮者支援',
    skills: ['poverty-support', 'food-bank-operations', 'counselling', 'donor-relations', 'volunteer-management'],
    sectorBoost: { npo: 1.4 },
    words: [
      ['フードバンク', 'ふーどばんく', 'Food Bank'],
      ['くらし', 'くらし', 'Kurashi'],
      ['ささえる', 'ささえる', 'Sasaeru'],
      ['あした', 'あした', 'Ashita'],
    ],
    office: ['生活福祉課', 'せいかつふくしか', 'Livelihood Support Division'],
    topics: ['フードドライブ', '生活相談窓口', '食品ロス削減連携', '住まい確保支援', 'フードパントリー'],
    work: '生活に困っている人への食料と相談の支援',
  },
  {
    label: '多文化共生',
    skills: ['foreign-resident-support', 'interpretation', 'japanese-teaching', 'counselling', 'social-research'],
    sectorBoost: { npo: 1.2, academia: 1.3 },
    words: [
      ['多文化', 'たぶんか', 'Multicultural'],
      ['かけはし', 'かけはし', 'Kakehashi'],
      ['にほんご', 'にほんご', 'Nihongo'],
      ['グローバル', 'ぐろーばる', 'Global'],
    ],
    office: ['国際交流課', 'こくさいこうりゅうか', 'International Affairs Division'],
    topics: ['日本語教室', '多言語相談窓口', '外国人住民の防災訓練', 'やさしい日本語普及', '通訳ボランティア育成'],
    work: '外国人住民の生活相談と日本語学習',
  },
  {
    label: '地域DX・シビックテック',
    skills: [...SKILL_GROUPS.it, 'ux-design', 'accessibility', 'service-design'],
    sectorBoost: { company: 3, academia: 1.3 },
    words: [
      ['デジタル', 'でじたる', 'Digital'],
      ['シビックテック', 'しびっくてっく', 'Civic Tech'],
      ['オープンデータ', 'おーぷんでーた', 'Open Data'],
      ['コード', 'こーど', 'Code'],
    ],
    office: ['デジタル推進課', 'でじたるすいしんか', 'Digital Transformation Division'],
    topics: [
      'NPO向けIT導入支援',
      'オープンデータ活用',
      '行政手続きオンライン化',
      'kintone業務改善',
      'ウェブアクセシビリティ改善',
    ],
    work: 'デジタル技術による地域課題の解決',
  },
  {
    label: '資金・中間支援',
    skills: [
      'grant-writing',
      'crowdfunding',
      'donor-relations',
      'corporate-partnerships',
      'legacy-giving',
      'impact-evaluation',
      'cross-sector-coordination',
      'fundraising',
    ],
    sectorBoost: { foundation: 3 },
    words: [
      ['市民', 'しみん', 'Civic'],
      ['みらい', 'みらい', 'Mirai'],
      ['コミュニティ', 'こみゅにてぃ', 'Community'],
      ['つなぐ', 'つなぐ', 'Tsunagu'],
    ],
    office: ['市民協働課', 'しみんきょうどうか', 'Civic Partnership Division'],
    topics: ['助成プログラム', '休眠預金活用事業', 'クラウドファンディング伴走支援', 'NPO基盤強化', '遺贈寄付の普及'],
    work: 'NPOへの資金と経営の支援',
  },
  {
    label: '政策・研究',
    skills: [
      'social-research',
      'impact-evaluation',
      'policy-advocacy',
      'statistics',
      'data-analysis',
      'gis',
      'research',
    ],
    sectorBoost: { academia: 3 },
    words: [
      ['地域', 'ちいき', 'Regional'],
      ['社会', 'しゃかい', 'Social'],
      ['公共', 'こうきょう', 'Public Policy'],
      ['共生', 'きょうせい', 'Inclusion'],
    ],
    office: ['政策企画課', 'せいさくきかくか', 'Policy Planning Division'],
    topics: ['社会的インパクト評価', '地域福祉実態調査', '政策提言', '統計データ分析', 'GISによる地域診断'],
    work: '地域課題の調査と政策提言',
  },
  {
    label: 'まちづくり',
    skills: ['facilitation', 'cross-sector-coordination', 'service-design', 'pr', 'social-media', 'video-production'],
    sectorBoost: { community: 2, government: 1.3 },
    words: [
      ['まちづくり', 'まちづくり', 'Machizukuri'],
      ['まちなか', 'まちなか', 'Machinaka'],
      ['ふるさと', 'ふるさと', 'Furusato'],
      ['にぎわい', 'にぎわい', 'Nigiwai'],
    ],
    office: ['地域振興課', 'ちいきしんこうか', 'Regional Development Division'],
    topics: ['商店街活性化', '空き家活用', '地域おこし', '移住促進', '公園の市民運営'],
    work: '地域のにぎわいとまちづくり',
  },
];
