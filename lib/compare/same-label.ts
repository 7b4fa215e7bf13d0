import { canonicalText } from './canonical-text';

/** Whether two unit labels are the same number written differently: （一） and (一), 1． and 1. */
export function sameLabel(a: string, b: string): boolean {
  return a === b || canonicalText(a) === canonicalText(b);
}
