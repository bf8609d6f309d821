// Made by vite.config.ts (publicMessagesPlugin) from the dictionaries; see public-messages.ts.
declare module 'virtual:xiaohu-public-messages' {
  const publicMessages: Record<'zh-CN' | 'en', Record<string, string>>;
  export default publicMessages;
}
