/**
 * Skill names that mean the same skill, in Japanese and English, as NPO member lists write them.
 * Each group is one skill; a name is compared in its folded form (keys.ts skillKey), so width,
 * case, spaces and punctuation need no entries of their own. Add a group when a real list shows
 * a name that should have matched; never put two skills one could hold without the other in one
 * group (会計 and 簿記 stay apart: the demo network has both).
 */
import { skillKey } from './keys.ts';

const GROUPS: string[][] = [
  [
    '助成金申請',
    '補助金申請',
    '助成金獲得',
    '助成金',
    'grant writing',
    'grant application',
    'grant applications',
    'grants',
  ],
  ['ファンドレイジング', '資金調達', 'fundraising', 'fund raising'],
  ['クラウドファンディング', 'クラファン', 'crowdfunding'],
  ['寄付者コミュニケーション', 'ドナーリレーション', 'donor relations', 'donor communication'],
  ['企業との連携', '企業連携', 'corporate partnerships', 'corporate partnership'],
  ['データ分析', 'データ解析', 'data analysis', 'data analytics'],
  ['統計解析', '統計', 'statistics', 'statistical analysis'],
  ['kintone', 'キントーン'],
  ['salesforce', 'セールスフォース'],
  ['ノーコードツール', 'ノーコード', 'no-code tools', 'no-code', 'nocode'],
  [
    'web開発',
    'ウェブ開発',
    'web development',
    'web制作',
    'ウェブ制作',
    'webサイト制作',
    'ウェブサイト制作',
    'ホームページ制作',
    'website development',
    'web design',
  ],
  ['情報セキュリティ', 'セキュリティ', 'information security', 'cybersecurity', 'cyber security'],
  ['個人情報保護', '個人情報保護法', 'data protection', 'data protection law', 'privacy law'],
  ['会計', 'accounting'],
  ['簿記・経理', '簿記', '経理', 'bookkeeping'],
  ['NPO法人会計', 'NPO会計', 'non-profit accounting', 'nonprofit accounting'],
  ['広報', 'pr', 'public relations', '広報・pr'],
  ['sns運用', 'ソーシャルメディア運用', 'ソーシャルメディア', 'social media', 'social media marketing'],
  ['グラフィックデザイン', 'graphic design'],
  ['デザイン', 'design'],
  ['ファシリテーション', 'facilitation', 'ファシリテート'],
  ['プログラミング', 'programming', 'コーディング', 'coding'],
  ['行政連携', '行政との連携', 'government relations', 'public sector relations', '官民連携'],
  ['マーケティング', 'marketing'],
  ['コーチング', 'coaching'],
  ['カウンセリング', 'counselling', 'counseling'],
  ['調査・リサーチ', '調査', 'リサーチ', 'research'],
  ['コミュニティ運営', 'community management', 'コミュニティマネジメント'],
  ['人事・労務', '人事', 'human resources', 'hr'],
  ['ライティング', 'copywriting', 'writing'],
  ['動画編集', '映像編集', 'video editing'],
  ['写真撮影', '写真', 'photography'],
  ['翻訳', 'translation'],
  ['通訳', 'interpretation', 'interpreting'],
  ['法務', 'legal', 'legal affairs'],
  ['プロジェクトマネジメント', 'プロジェクト管理', 'project management', 'pm'],
  ['ボランティアコーディネーション', 'ボランティア管理', 'volunteer coordination', 'volunteer management'],
  ['イベント企画', 'イベント運営', 'event planning', 'event management'],
  ['gis・地図データ', 'gis', '地図データ', 'gis & mapping'],
  ['オープンデータ', 'open data'],
  ['クラウド基盤', 'cloud infrastructure'],
];

const GROUP_OF = new Map<string, number>();
GROUPS.forEach((names, group) => {
  for (const name of names) GROUP_OF.set(skillKey(name), group);
});

/** The synonym group of a skill name, or undefined when it is in none. */
export const synonymGroup = (name: string): number | undefined => GROUP_OF.get(skillKey(name));
