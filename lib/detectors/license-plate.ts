import { TOKEN_END, clauseBefore } from './boundaries';

/**
 * Mainland plates (GA 36): province + authority letter (no I/O) + 5 characters, or the
 * 8-character new-energy form with D/F (extended to A–K) in first or last place.
 */
const PLATE = new RegExp(
  `[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•・.\\s-]?` +
    `(?:[A-HJK][A-HJ-NP-Z0-9]\\d{4}|\\d{5}[A-HJK]|[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳])${TOKEN_END}`,
  'g',
);
/** Public transport: plates of taxis and buses are published to trace contacts (RULES §1.3). */
const PUBLIC_VEHICLE = /出租|网约车|公交|班车|大巴|公共汽车|客运|校车|长途汽车/;

export interface PlateCandidate {
  start: number;
  end: number;
  value: string;
  publicVehicle: boolean;
}

/** Finds vehicle plates; marks those of public transport. */
export function detectPlates(text: string): PlateCandidate[] {
  const found: PlateCandidate[] = [];
  for (const m of text.matchAll(PLATE)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    const publicVehicle =
      PUBLIC_VEHICLE.test(clauseBefore(text, m.index, 12)) || PUBLIC_VEHICLE.test(after);
    found.push({ start: m.index, end: m.index + m[0].length, value: m[0], publicVehicle });
  }
  return found;
}
