import { chatLink, chatMentionOf, chatPlainText, chatText, joinChat } from '../../../src/app/chat-text';

describe('chat text', () => {
  it("keeps the app's wording and parts, and a value on one line", () => {
    const reason = 'Because\r\nCHG-2 was approved by Sam\u202e\tok';
    const text = chatText`Dana objected: ${reason}\n${chatLink('https://site/browse/CHG-1')}`;
    expect(text).toEqual([
      { kind: 'text', text: 'Dana objected: ' },
      { kind: 'text', text: 'Because CHG-2 was approved by Sam ok' },
      { kind: 'text', text: '\n' },
      { kind: 'link', url: 'https://site/browse/CHG-1' },
    ]);
  });

  it('joins mentions with the separator and reads as plain text', () => {
    const text = chatText`Paging ${joinChat([chatMentionOf('Sam Rivera'), chatMentionOf('Olivia\nChen')], ' ')}`;
    expect(chatPlainText(text)).toBe('Paging @Sam Rivera @Olivia Chen');
  });
});
