import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { EXTENSION_ID, EXTENSION_PUBLIC_KEY } from '../../../lib/manifest/extension-id';

test('the documented extension id is the one Chromium derives from the manifest key', () => {
  // Chromium: the first 128 bits of SHA-256 over the DER public key, hex digits 0–f as a–p.
  const digest = createHash('sha256')
    .update(Buffer.from(EXTENSION_PUBLIC_KEY, 'base64'))
    .digest('hex')
    .slice(0, 32);
  const id = [...digest].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
  expect(id).toBe(EXTENSION_ID);
});
