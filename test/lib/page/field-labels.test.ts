import { describe, expect, test } from 'vitest';
import { DraftFieldsSchema } from '../../../lib/engine/schema';
import {
  FIELD_KEYS,
  FIELD_LABELS,
  FIELD_NAMES,
  isPublishLabel,
  matchFieldLabel,
  matchFieldName,
  type FieldKey,
} from '../../../lib/page/field-labels';

describe('matchFieldLabel', () => {
  test.each<[string, FieldKey]>([
    ['标题', 'title'],
    ['文章标题', 'title'],
    ['信息标题', 'title'],
    ['文件标题', 'title'],
    ['主题', 'title'],
    ['发文字号', 'documentNumber'],
    ['文号', 'documentNumber'],
    ['发文文号', 'documentNumber'],
    ['文件编号', 'documentNumber'],
    ['公开属性', 'disclosureAttribute'],
    ['公开方式', 'disclosureAttribute'],
    ['信息公开方式', 'disclosureAttribute'],
    ['公开类型', 'disclosureAttribute'],
    ['公开形式', 'disclosureAttribute'],
    ['不公开理由', 'disclosureReason'],
    ['不予公开理由', 'disclosureReason'],
    ['不公开原因', 'disclosureReason'],
    ['依申请公开理由', 'disclosureReason'],
    ['栏目', 'column'],
    ['所属栏目', 'column'],
    ['发布栏目', 'column'],
    ['发布机构', 'publisher'],
    ['发文机关', 'publisher'],
    ['发布单位', 'publisher'],
    ['来源', 'publisher'],
    ['信息来源', 'publisher'],
    ['索引号', 'indexNumber'],
    ['信息索引号', 'indexNumber'],
    ['成文日期', 'writtenDate'],
    ['发文日期', 'writtenDate'],
  ])('reads %s as %s', (label, key) => {
    expect(matchFieldLabel(label)).toBe(key);
  });

  test.each([
    ['surrounding spaces and a colon', '  标题： '],
    ['a half-width colon', '标题:'],
    ['a required marker before it', '*标题'],
    ['a full-width required marker and colon', '＊标题：'],
    ['a ※ marker after the colon', '标题：※'],
    ['a marker after the label', '标题*：'],
    ['全角空格 padding between the characters', '标　　题：'],
    ['a line break inside the label cell', '\n  标题\n  ：'],
    ['a zero-width space', '标\u200b题'],
    ['a required hint in brackets', '标题（必填）：'],
    ['a length hint in brackets', '标题(限80字)'],
    ['a ratio sign typed as a colon', '标题∶'],
  ])('reads a title label with %s', (_name, label) => {
    expect(matchFieldLabel(label)).toBe('title');
  });

  test.each([
    ['a subtitle', '副标题'],
    ['a short display title', '短标题'],
    ['the title colour', '标题颜色'],
    ['the title image', '标题图片'],
    ['an overline', '引题'],
    ['the topic classification', '主题分类'],
    ['keywords', '主题词'],
    ['the publication time', '发布时间'],
    ['the publication date', '发布日期'],
    ['a font size', '字号'],
    ['a bare number', '编号'],
    ['the body', '正文'],
    ['an author', '作者'],
    ['an empty label', '  ：'],
    ['a sentence mentioning a title', '请在此处输入文章标题'],
    ['a long help text', '标题：请输入不超过八十个字的标题，标题中不得含有个人信息'],
  ])('does not read %s as a field', (_name, label) => {
    expect(matchFieldLabel(label)).toBeNull();
  });

  test.each(['不公开理由：', '*不予公开理由', '信息不公开原因', '依申请公开理由'])(
    'reads %s as the reason, not the attribute it mentions',
    (label) => {
      expect(matchFieldLabel(label)).toBe('disclosureReason');
    },
  );

  test('reads a label padded with many spaces but not a long text that starts with one', () => {
    expect(matchFieldLabel(`${'　'.repeat(30)}标题：`)).toBe('title');
    expect(matchFieldLabel(`标题${'附'.repeat(19)}`)).toBeNull();
  });
});

describe('matchFieldName', () => {
  test.each<[string, FieldKey]>([
    ['title', 'title'],
    ['Title', 'title'],
    ['docTitle', 'title'],
    ['article.title', 'title'],
    ['info_title', 'title'],
    ['post_title', 'title'],
    ['txtTitle', 'title'],
    ['ctl00$ContentPlaceHolder1$txtTitle', 'title'],
    ['article[title]', 'title'],
    ['wenhao', 'documentNumber'],
    ['docNo', 'documentNumber'],
    ['doc_no', 'documentNumber'],
    ['fwzh', 'documentNumber'],
    ['documentNumber', 'documentNumber'],
    ['gkfs', 'disclosureAttribute'],
    ['gksx', 'disclosureAttribute'],
    ['openType', 'disclosureAttribute'],
    ['publicType', 'disclosureAttribute'],
    ['disclosure', 'disclosureAttribute'],
    ['xxgk_gkfs', 'disclosureAttribute'],
    ['bgkly', 'disclosureReason'],
    ['noPublicReason', 'disclosureReason'],
    ['disclosure_reason', 'disclosureReason'],
    ['lanmu', 'column'],
    ['lanmuId', 'column'],
    ['channel', 'column'],
    ['channelId', 'column'],
    ['column', 'column'],
    ['catalog', 'column'],
    ['ddlColumn', 'column'],
    ['DDLColumn', 'column'],
    ['TXTTitle', 'title'],
    ['publisher', 'publisher'],
    ['publisherName', 'publisher'],
    ['fbjg', 'publisher'],
    ['syh', 'indexNumber'],
    ['indexNo', 'indexNumber'],
    ['INDEX_NO', 'indexNumber'],
    ['cwrq', 'writtenDate'],
    ['writtenDate', 'writtenDate'],
    ['info[writtenDate][]', 'writtenDate'],
  ])('reads %s as %s', (name, key) => {
    expect(matchFieldName(name)).toBe(key);
  });

  test.each([
    ['subtitle', 'a subtitle'],
    ['subTitle', 'a subtitle in camel case'],
    ['sub_title', 'a subtitle in snake case'],
    ['titleColor', 'the title colour'],
    ['title_img', 'the title image'],
    ['shortTitle', 'a short display title'],
    ['seoTitle', 'the search-engine title'],
    ['subject', 'a subject, often 主题分类 rather than the title'],
    ['publishTime', 'the publication time'],
    ['publishDate', 'the publication date'],
    ['index', 'a bare index'],
    ['no', 'a bare number'],
    ['id', 'a bare id'],
    ['content', 'the body'],
    ['reason', 'a bare reason'],
    ['', 'an empty name'],
    ['[]', 'only brackets'],
  ])('does not read %s (%s) as a field', (name) => {
    expect(matchFieldName(name)).toBeNull();
  });
});

describe('isPublishLabel', () => {
  test.each([
    '发布',
    '提交',
    '签发',
    '保存并发布',
    '确认发布',
    '立即发布',
    '提交审核',
    '送审',
    '审核通过并发布',
    '发布到网站',
    '保存并提交',
    '定时发布',
    '重新发布',
    '发布并关闭',
    'Publish',
    'SUBMIT',
    'publish now',
    'Save & Publish',
    ' 发 布 ',
    '提　交',
    '✔ 保存并发布',
    '【确认发布】',
    '[ 提交 ]',
    '发布 »',
    '\ue600 发布',
    '🚀发布',
    '发布！',
    '\n\t立即发布\n',
  ])('treats %j as publishing', (text) => {
    expect(isPublishLabel(text)).toBe(true);
  });

  test.each([
    '保存草稿',
    '保存',
    '暂存',
    '预览',
    '取消',
    '取消发布',
    '撤销发布',
    '撤回',
    '删除',
    '返回',
    '重置',
    '确定',
    '定时发布设置',
    '发布时间',
    '发布机构',
    '发布日期',
    '提交审核意见',
    'Save',
    'Preview',
    'Unpublish',
    'Publisher',
    '',
    '   ',
    '✔',
    '点击这里提交',
    '发布前请检查是否含有个人信息',
  ])('does not treat %j as publishing', (text) => {
    expect(isPublishLabel(text)).toBe(false);
  });

  test('ignores texts longer than 12 characters even when they read as publishing', () => {
    expect(isPublishLabel('审核通过并发布到门户网站')).toBe(true);
    expect(isPublishLabel('审核通过并发布到门户网站并关闭')).toBe(false);
  });
});

describe('field tables', () => {
  test('name the title and the engine’s draft fields, no more', () => {
    expect([...FIELD_KEYS].sort()).toEqual(
      ['title', ...Object.keys(DraftFieldsSchema.shape)].sort(),
    );
  });

  test.each(FIELD_KEYS)('every label listed for %s reads back as it', (key) => {
    expect(FIELD_LABELS[key].length).toBeGreaterThan(0);
    for (const label of FIELD_LABELS[key]) expect(matchFieldLabel(label)).toBe(key);
  });

  test.each(FIELD_KEYS)('every name listed for %s reads back as it', (key) => {
    expect(FIELD_NAMES[key].length).toBeGreaterThan(0);
    for (const name of FIELD_NAMES[key]) expect(matchFieldName(name)).toBe(key);
  });

  test('list each label and each name under one field only', () => {
    const labels = FIELD_KEYS.flatMap((key) => FIELD_LABELS[key]);
    const names = FIELD_KEYS.flatMap((key) => FIELD_NAMES[key]);
    expect(new Set(labels).size).toBe(labels.length);
    expect(new Set(names).size).toBe(names.length);
  });
});
