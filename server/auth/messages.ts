/**
 * The texts of sign-in e-mails, in the recipient's language (the language the browser that asked
 * was showing).
 */
export type Language = 'ja' | 'en';

export const isLanguage = (value: unknown): value is Language => value === 'ja' || value === 'en';

export function signInMail(language: Language, link: string, minutes: number): { subject: string; text: string } {
  if (language === 'ja')
    return {
      subject: 'Tsunagari へのサインイン',
      text: [
        'Tsunagari にサインインするには、次のリンクを開いてください。',
        '',
        link,
        '',
        `このリンクは ${minutes} 分間、1 回だけ、サインインを求めたブラウザーでのみ使えます。`,
        '心当たりがない場合は、このメールを無視してください。',
      ].join('\n'),
    };
  return {
    subject: 'Sign in to Tsunagari',
    text: [
      'Open this link to sign in to Tsunagari:',
      '',
      link,
      '',
      `The link works once, for ${minutes} minutes, in the browser that asked for it.`,
      'If you did not ask to sign in, ignore this message.',
    ].join('\n'),
  };
}

const ROLE_WORDS: Record<Language, Record<'owner' | 'editor' | 'viewer', string>> = {
  ja: { owner: 'オーナー', editor: '編集者', viewer: '閲覧者' },
  en: { owner: 'owner', editor: 'editor', viewer: 'viewer' },
};

export function invitationMail(
  language: Language,
  site: string,
  organisation: string,
  role: 'owner' | 'editor' | 'viewer',
): { subject: string; text: string } {
  const word = ROLE_WORDS[language][role];
  if (language === 'ja')
    return {
      subject: `Tsunagari: ${organisation} に招待されました`,
      text: [
        `Tsunagari で「${organisation}」の${word}として招待されました。`,
        '',
        '次のページを開き、このメールアドレスでサインインしてください（サインイン用のリンクをお送りします）。',
        '',
        `${site}/`,
      ].join('\n'),
    };
  return {
    subject: `Tsunagari: you were invited to ${organisation}`,
    text: [
      `You were invited to "${organisation}" on Tsunagari as ${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}.`,
      '',
      'Open this page and sign in with this e-mail address (we will send you a sign-in link):',
      '',
      `${site}/`,
    ].join('\n'),
  };
}
