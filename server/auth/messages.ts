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
