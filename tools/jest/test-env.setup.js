// Every test run keeps evidence files in a directory of its own, never in the checkout's data/.
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

process.env.ZEREN_FILE_STORE ??= `file:${mkdtempSync(join(tmpdir(), 'zeren-test-files-'))}`;
