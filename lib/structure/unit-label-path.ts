import { toChineseNumeral } from './chinese-numeral';
import type { DocumentStructure, StructureUnit } from './schema';

type Units = Pick<DocumentStructure, 'units'>;

/** Indices of the unit and its ancestors, outermost first; [] for an index out of range. */
function ancestry(structure: Units, index: number): number[] {
  const chain: number[] = [];
  let i = index;
  // Parents precede their children; the bound also stops a malformed (cyclic) input.
  while (
    Number.isInteger(i) &&
    i >= 0 &&
    i < structure.units.length &&
    chain.length <= structure.units.length
  ) {
    chain.unshift(i);
    i = structure.units[i]!.parent;
  }
  return chain;
}

function hasParagraphs(structure: Units, articleIndex: number): boolean {
  for (let i = articleIndex + 1; i < structure.units.length; i++) {
    const unit = structure.units[i]!;
    if (unit.parent === articleIndex && unit.level === 'paragraph') return true;
    if (unit.start >= structure.units[articleIndex]!.end) return false;
  }
  return false;
}

function cn(n: number): string {
  return toChineseNumeral(n);
}

/**
 * The unit's citation in 修改决定 style, from its article down: 第三条第二款第（一）项第1目. An item
 * in the first 款 of an article that has several 款 is cited with 第一款. Above articles: 第一编,
 * 第二章第一节. Outline units join their markers as written: 一、（二）3．. '' for a bad index.
 */
export function unitLabelPath(structure: Units, index: number): string {
  const indices = ancestry(structure, index);
  const chain: StructureUnit[] = indices.map((i) => structure.units[i]!);
  if (chain.length === 0) return '';
  const unit = chain[chain.length - 1]!;
  if (unit.level.startsWith('outline')) {
    return chain
      .filter((u) => u.level.startsWith('outline'))
      .map((u) => u.label)
      .join('');
  }
  const articleAt = chain.findIndex((u) => u.level === 'article');
  if (articleAt < 0) {
    return chain
      .map((u) => {
        if (u.level === 'part')
          return u.label.endsWith('部分') ? `第${cn(u.ordinal)}部分` : `第${cn(u.ordinal)}编`;
        if (u.level === 'chapter') return `第${cn(u.ordinal)}章`;
        if (u.level === 'section') return `第${cn(u.ordinal)}节`;
        return '';
      })
      .join('');
  }
  const article = chain[articleAt]!;
  const articleIndex = indices[articleAt]!;
  let path = `第${cn(article.ordinal)}条`;
  const below = chain.slice(articleAt + 1);
  if (
    below.length > 0 &&
    below[0]!.level !== 'paragraph' &&
    hasParagraphs(structure, articleIndex)
  ) {
    path += '第一款';
  }
  for (const u of below) {
    if (u.level === 'paragraph') path += `第${cn(u.ordinal)}款`;
    else if (u.level === 'item') path += `第（${cn(u.ordinal)}）项`;
    else if (u.level === 'subitem') path += `第${u.ordinal}目`;
  }
  return path;
}

/** The number of the article that holds the unit (the unit itself if it is one), or null. */
export function articleNumberOf(structure: Units, index: number): number | null {
  const article = ancestry(structure, index)
    .map((i) => structure.units[i]!)
    .find((u) => u.level === 'article');
  return article ? article.ordinal : null;
}
