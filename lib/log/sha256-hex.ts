import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * SHA-256 of a string's UTF-8 bytes, as 64 lowercase hex digits. Synchronous on purpose:
 * crypto.subtle.digest returns a promise, and awaiting it inside an IndexedDB transaction lets
 * the transaction commit before the entry is added, which would break the append's atomicity.
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
