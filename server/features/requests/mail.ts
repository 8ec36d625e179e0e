/**
 * The e-mail an introduction request sends, in the recipient's language. A message never carries
 * anyone's contact details or a decline's reason; it names people and links to the inbox, where
 * the recipient signs in to act (nothing is ever done in a person's name without their click).
 */
export type Language = 'ja' | 'en';

export type RequestMailKind =
  'asked-to-introduce' | 'asked-to-meet' | 'accepted' | 'closed' | 'suggested' | 'reminder' | 'digest';

export interface RequestMailFacts {
  kind: RequestMailKind;
  asker: string;
  /** The person to introduce the asker to (introducers), or the one who passed it on (the target). */
  other: string | null;
  /** Digest: how many requests wait for an answer. */
  count?: number;
}

const inbox = (site: string) => `${site}/requests`;

export function requestMail(
  language: Language,
  facts: RequestMailFacts,
  site: string,
): { subject: string; text: string } {
  const { asker, other } = facts;
  const ja = language === 'ja';
  switch (facts.kind) {
    case 'asked-to-introduce':
      return ja
        ? {
            subject: `Tsunagari: ${asker} さんから紹介のお願い`,
            text: `${asker} さんが、${other} さんへの紹介をお願いしています。\n\n受けるか、断るか、別の方を提案するかを、次のページで選んでください（断った理由は ${asker} さんには伝わりません）。\n\n${inbox(site)}\n`,
          }
        : {
            subject: `Tsunagari: ${asker} asks for an introduction`,
            text: `${asker} asks you to introduce them to ${other}.\n\nAccept, decline or suggest someone else on this page (a reason for declining is never shown to ${asker}):\n\n${inbox(site)}\n`,
          };
    case 'asked-to-meet':
      return ja
        ? {
            subject: `Tsunagari: ${asker} さんを紹介したいという連絡`,
            text: `${other} さんが、${asker} さんをあなたに紹介したいと考えています。\n\nお受けになる場合だけ、お互いの連絡先が共有されます。次のページでお選びください。\n\n${inbox(site)}\n`,
          }
        : {
            subject: `Tsunagari: ${other} would like to introduce ${asker}`,
            text: `${other} would like to introduce ${asker} to you.\n\nOnly if you accept will you and ${asker} see each other's contact details. Choose on this page:\n\n${inbox(site)}\n`,
          };
    case 'accepted':
      return ja
        ? {
            subject: `Tsunagari: 紹介が成立しました`,
            text: `紹介が成立しました。連絡先は次のページでご覧いただけます。お会いになったら、その結果もお知らせください。\n\n${inbox(site)}\n`,
          }
        : {
            subject: 'Tsunagari: your introduction was made',
            text: `The introduction was made. See the contact details on this page, and tell us later how it went:\n\n${inbox(site)}\n`,
          };
    case 'suggested':
      return ja
        ? {
            subject: 'Tsunagari: 別の方が提案されました',
            text: `紹介のお願いについて、別の方が提案されました。次のページでご覧ください。\n\n${inbox(site)}\n`,
          }
        : {
            subject: 'Tsunagari: someone else was suggested',
            text: `For your introduction request, someone else was suggested. See it on this page:\n\n${inbox(site)}\n`,
          };
    case 'reminder':
      return ja
        ? {
            subject: `Tsunagari: ${asker} さんからの紹介のお願いがまもなく期限です`,
            text: `${asker} さんからの紹介のお願いが、まもなく期限を迎えます。お返事がない場合は、見送りとして扱われます（理由は伝わりません）。\n\n${inbox(site)}\n`,
          }
        : {
            subject: `Tsunagari: ${asker}'s introduction request expires soon`,
            text: `${asker}'s introduction request expires soon. Without an answer it ends as not going ahead (no reason is given to anyone):\n\n${inbox(site)}\n`,
          };
    case 'digest':
      return ja
        ? {
            subject: `Tsunagari: 返事待ちの紹介のお願いが ${facts.count} 件あります`,
            text: `返事待ちの紹介のお願いが ${facts.count} 件あります。次のページでお選びください。\n\n${inbox(site)}\n`,
          }
        : {
            subject: `Tsunagari: ${facts.count} introduction request${facts.count === 1 ? '' : 's'} waiting for you`,
            text: `${facts.count} introduction request${facts.count === 1 ? ' waits' : 's wait'} for your answer:\n\n${inbox(site)}\n`,
          };
    case 'closed':
      return ja
        ? {
            subject: 'Tsunagari: 今回の紹介は進みませんでした',
            text: `今回の紹介のお願いは、進めることができませんでした。別の経路や別の方を探すこともできます。\n\n${inbox(site)}\n`,
          }
        : {
            subject: 'Tsunagari: this introduction is not going ahead',
            text: `Your introduction request is not going ahead this time. You can look for another path or another person:\n\n${inbox(site)}\n`,
          };
  }
}
