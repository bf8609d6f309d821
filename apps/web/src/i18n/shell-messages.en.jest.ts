import path from 'node:path';
import { SHELL_ROOTS, shellMessageKeys, shellMessages } from '../../build/shell-messages';
import { en } from './en';
import { pickPublicMessages } from './public-messages';
import { zhCN } from './zh-CN';

// What `virtual:xiaohu-shell-messages/en` is in the build (vite.config.ts), for jest (jest.config.cjs maps it).
const keys = shellMessageKeys(path.resolve(__dirname, '..'), SHELL_ROOTS, Object.keys(zhCN));
export default shellMessages(en, pickPublicMessages(en), keys);
