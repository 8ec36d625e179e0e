/**
 * English versions of some demo texts (issue 16, item 7): a few bios, most project names, some
 * project descriptions and the tie contexts that can be said in English. The rest stays
 * Japanese-only on purpose, so the English pages show both an English text and the visible
 * fallback. Applied after the dataset is built: it draws nothing from the seeded streams, so ids
 * and every generated value stay as they were.
 */
import type { Dataset, OrganisationRow } from '../../server/shared/dataset.ts';

const BIOS_EN: Readonly<Record<string, string>> = {
  p001: 'Representative director of Kodomo Gohan Net Tokyo, supplying food to children’s cafeterias across Tokyo and running a food bank.',
  p002: 'Founded Miyagi Recovery Links after the Great East Japan Earthquake and, as its representative director, still supports survivors rebuilding their lives.',
  p003: 'A freelance engineer who, as a Social Technology Officer (STO), supports the IT strategy of three NPOs part-time.',
  p004: 'A former systems-integrator engineer who, as an STO, looks after the systems and data of four NPOs, disaster-relief groups in Tōhoku among them.',
  p007: 'Programme officer at the Hikari Civil Society Fund, funding and accompanying NPOs nationwide; good at connecting people across sectors.',
  p008: 'Head of the Civic Collaboration Division at Midorino City Hall, behind many joint projects with NPOs, companies and neighbourhood associations.',
  p009: 'Professor at Ou University’s Disaster Science Lab, researching how support is organised in disasters; board member of the Iwate Disaster Volunteer Network.',
  p022: 'Leads Hiraku Civic Lab, a civic-tech group that tackles local problems with open data.',
};

const PROJECT_NAMES_EN: Readonly<Record<string, string>> = {
  pj01: 'Miyagi temporary housing visiting programme',
  pj02: 'Children’s cafeteria network map (Tokyo)',
  pj03: 'Learning support for children in disaster areas',
  pj04: 'Support for the Iwate heavy-rain volunteer centre',
  pj05: 'Multilingual living guide for foreign residents',
  pj06: 'Grant application workshop series (first round)',
  pj07: 'Home hospice volunteer training course',
  pj08: 'Opening the “Manabiba” learning support classroom',
  pj10: 'A permanent food drive collection point',
  pj11: 'Joint management of the Midorino citizen activity centre',
  pj12: 'Community building in public recovery housing',
  pj13: 'Volunteer management with kintone',
  pj14: 'Work experience programme for young people',
  pj16: 'Donor management with Salesforce',
  pj17: 'Web accessibility audit project',
  pj18: 'Youth career counselling',
  pj19: 'NPO accounting basics course',
  pj20: 'Multicultural disaster drill',
  pj21: 'Disaster volunteer matching system',
  pj23: 'Lunch boxes from children’s cafeterias during COVID-19',
  pj24: 'Food delivery to single-parent families',
  pj25: 'A telephone check-in volunteer scheme',
  pj26: 'Open data for the disaster prevention map',
  pj27: 'Crowdfunding coaching programme',
  pj29: 'IoT check-in trial in hilly rural areas',
  pj30: 'Volunteer coordination after heavy rain',
  pj31: 'Grant application workshop series (second round, online)',
  pj32: 'Food bank inventory system',
  pj33: 'Social impact evaluation training',
  pj34: 'Privacy guidelines for counselling records',
  pj35: 'Social media course for NPOs',
  pj36: 'End-of-life care record app',
  pj37: 'Handbook on the Act for Eliminating Discrimination against Persons with Disabilities',
  pj38: 'Children’s cafeteria network map (nationwide)',
  pj40: 'STO (Social Technology Officer) pilot',
  pj41: 'Digitising the list of people needing help to evacuate',
  pj42: 'Chatbot for single-parent family counselling',
  pj43: 'Analysis of local donation data',
  pj45: 'Managing learning-support volunteers with kintone',
  pj46: 'Surplus from group purchasing to the food bank',
  pj48: 'Multilingual disaster prevention app',
};

const PROJECT_DESCRIPTIONS_EN: Readonly<Record<string, string>> = {
  pj01: 'Regular visits to older people living in temporary housing, to keep them from becoming isolated.',
  pj02: 'Published the dates and places of Tokyo’s children’s cafeterias as open data, searchable on a map.',
  pj12: 'Helped residents of public recovery housing get to know each other and run their own community.',
  pj40: 'A pilot placing part-time Social Technology Officers with NPOs to lead their use of technology.',
};

/** Contexts people wrote in their own words, as they would say them in English. */
const CONTEXTS_EN: Readonly<Record<string, string>> = {
  学生時代からの親友: 'Close friends since university',
  奥州ひかり銀行の元同僚: 'Former colleagues at Oshu Hikari Bank',
  子育てサークルの知り合い: 'Know each other from a parenting group',
  同じ地区で育った幼なじみ: 'Grew up together in the same neighbourhood',
  震災直後から互いに相談してきた間柄: 'Have turned to each other since the earthquake',
  個人的に法律相談をした: 'Asked for legal advice privately',
  STO勉強会の仲間: 'Fellow members of an STO study group',
  STOコミュニティの定例会で毎月会う: 'Meet monthly at the STO community meeting',
  '2024年のSTOパイロットで協働': 'Worked together on the 2024 STO pilot',
  ひかり市民社会基金の助成先として伴走: 'Accompanied as a Hikari Civil Society Fund grantee',
  NPO協働フォーラムで一緒に登壇: 'Spoke together at the NPO collaboration forum',
  災害支援の助成プログラムの審査委員会: 'On the review committee of a disaster-relief grant programme',
  シビックラボ・ひらくのアドバイザー: 'Adviser to Hiraku Civic Lab',
  '2024年のSTOパイロットを一緒に企画': 'Planned the 2024 STO pilot together',
  '2020年の防災マップ・オープンデータ化で協働': 'Worked together on the disaster prevention map open data (2020)',
  子どもの貧困対策の連絡会で知り合った: 'Met at a child poverty liaison meeting',
  '2019年の災害ボランティアマッチングシステム開発で協働':
    'Worked together on the disaster volunteer matching system (2019)',
  社会調査の学会で知り合った: 'Met at a social research conference',
  助成先向け法務セミナーの講師を依頼: 'Invited to teach a legal seminar for grantees',
  フードバンクの全国交流会で知り合った: 'Met at the national food bank gathering',
  ベトナム人コミュニティの集まりで知り合った: 'Met at a Vietnamese community gathering',
  NPOカンファレンスで知り合った: 'Met at an NPO conference',
  勉強会で名刺交換した: 'Exchanged cards at a study group',
  地域の防災訓練で知り合った: 'Met at a local disaster drill',
  大学の同級生: 'University classmates',
  SNSでつながった: 'Connected on social media',
  中間支援センターの紹介で知り合った: 'Introduced by an NPO support centre',
  助成金の報告会で知り合った: 'Met at a grant report meeting',
  プロボノ説明会で出会った: 'Met at a pro bono information session',
  社会起業家の交流会で知り合った: 'Met at a social entrepreneurs’ meetup',
  子育て中の親どうしの知り合い: 'Know each other as parents',
  セクターを越えた勉強会で知り合った: 'Met at a cross-sector study group',
  協働フォーラムで紹介された: 'Introduced at a collaboration forum',
  審議会の委員として同席: 'Served together on an advisory council',
};

/** The generated contexts of ties.ts, by pattern: organisation ones name the organisation's English name. */
const ORGANISATION_CONTEXTS: readonly [RegExp, (en: string) => string][] = [
  [/^(.+)の元同僚$/u, (en) => `Former colleagues at ${en}`],
  [/^(.+)のSTOとして支援$/u, (en) => `Supported ${en} as its STO`],
  [/^(.+)で一緒に活動$/u, (en) => `Active together at ${en}`],
  [/^(.+)の同僚$/u, (en) => `Colleagues at ${en}`],
  [/^同じ大学の研究室（(.+)）$/u, (en) => `Same university laboratory (${en})`],
  [/^(.+)の活動仲間$/u, (en) => `Fellow members of ${en}`],
  [/^(.+)で一緒に働いている$/u, (en) => `Work together at ${en}`],
];
const PROJECT_CONTEXT = /^(\d{4})年の「(.+)」で協働$/u;

/** The short names ties.ts gives organisations (legal form dropped) → English names. */
function shortNames(organisations: readonly OrganisationRow[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of organisations) {
    const short = o.name.replace(/^(NPO法人|一般社団法人|公益財団法人|一般財団法人|社会福祉法人|生活協同組合) ?/, '');
    if (o.nameEn) out.set(short, o.nameEn);
  }
  return out;
}

function contextEn(context: string, organisations: Map<string, string>, projects: Map<string, string>) {
  const own = CONTEXTS_EN[context];
  if (own !== undefined) return own;
  const project = PROJECT_CONTEXT.exec(context);
  if (project) {
    const en = projects.get(project[2]!);
    return en === undefined ? undefined : `Worked together on “${en}” (${project[1]})`;
  }
  for (const [pattern, say] of ORGANISATION_CONTEXTS) {
    const en = organisations.get(pattern.exec(context)?.[1] ?? '');
    if (en !== undefined) return say(en);
  }
  return undefined;
}

/** Adds the English versions to a freshly built demo dataset, in place. */
export function applyEnglish(data: Dataset): void {
  for (const person of data.people) {
    const bioEn = BIOS_EN[person.id];
    if (bioEn !== undefined) person.bioEn = bioEn;
  }
  const projects = new Map<string, string>();
  for (const project of data.projects) {
    const nameEn = PROJECT_NAMES_EN[project.id];
    const descriptionEn = PROJECT_DESCRIPTIONS_EN[project.id];
    if (nameEn !== undefined) {
      project.nameEn = nameEn;
      projects.set(project.name, nameEn);
    }
    if (descriptionEn !== undefined) project.descriptionEn = descriptionEn;
  }
  const organisations = shortNames(data.organisations);
  for (const tie of data.ties) {
    const en = tie.context === undefined ? undefined : contextEn(tie.context, organisations, projects);
    if (en !== undefined) tie.contextEn = en;
  }
}
