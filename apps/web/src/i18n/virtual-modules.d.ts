// Made by vite.config.ts (publicMessagesPlugin) from the dictionaries; see public-messages.ts.
declare module 'virtual:xiaohu-public-messages' {
  const publicMessages: Record<'zh-CN' | 'en', Record<string, string>>;
  export default publicMessages;
}

// Made by vite.config.ts (shellMessagesPlugin): the keys build/shell-messages.ts finds, per language.
declare module 'virtual:xiaohu-shell-messages/zh-CN' {
  const shellMessages: Record<string, string>;
  export default shellMessages;
}
declare module 'virtual:xiaohu-shell-messages/en' {
  const shellMessages: Record<string, string>;
  export default shellMessages;
}
