import { en } from './en';
import { pickPublicMessages } from './public-messages';
import { zhCN } from './zh-CN';

// What `virtual:xiaohu-public-messages` is in the build (vite.config.ts), for jest (jest.config.cjs maps it).
const publicMessages = { 'zh-CN': pickPublicMessages(zhCN), en: pickPublicMessages(en) };
export default publicMessages;
