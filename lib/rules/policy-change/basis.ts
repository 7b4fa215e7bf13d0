/** Sources cited by the policy-change rules (RULES.md §3). */
export const BASIS = {
  qingyang2022: {
    zh: '庆阳市2022年政务公开工作要点：政策解读要突出新旧政策差异、影响范围、管理执行标准及注意事项、惠企利民举措及享受条件',
    source: '庆阳市人民政府办公室，2022年5月19日',
  },
  gansu2019: {
    zh: '甘肃省《关于进一步做好政策性文件解读工作的通知》：解读内容包括新旧政策差异',
    source: '甘政公开办函〔2019〕1号（武威市实施文件）',
  },
} as const;
