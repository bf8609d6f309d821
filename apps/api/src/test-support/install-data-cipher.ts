// Jest setupFiles: every test file's encrypted columns use the test configuration's data key, as
// main.ts installs the configured one at start-up.
import { loadConfig } from '../config';
import { dataCipher } from '../shared/crypto/data-cipher';
import { installColumnCipher } from '../shared/crypto/encrypted-column';

installColumnCipher(dataCipher(loadConfig({ NODE_ENV: 'test' })));
