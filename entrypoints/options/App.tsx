import { useEffect, useId, useState, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/components/i18n';
import type { MessageKey } from '@/lib/i18n/catalog';
import {
  CHECKLIST_GROUPS,
  DEFAULT_MANUAL_ITEMS,
  MANUAL_ITEMS_KEY,
  ManualItemSchema,
  parseManualItems,
  type ManualItem,
} from '@/lib/checklist/checklist-items';
import { parsePolicy, type ParsedPolicy, type PolicyIssue } from '@/lib/policy/parse-policy';
import {
  DEFAULT_GATE_MODE,
  GATE_MODES,
  type GateMode,
  type Policy,
  type RuleOverride,
} from '@/lib/policy/policy-schema';
import { RULES } from '@/lib/rules';
import { REVIEWER_KEY, parseReviewer, type Reviewer } from '@/lib/settings/reviewer';
import {
  DISABLED_ORIGINS_KEY,
  SITE_PROFILES_KEY,
  parseDisabledOrigins,
  setOriginEnabled,
} from '@/lib/settings/site-settings';
import { parseSiteProfiles, type SiteProfile } from '@/lib/sites/site-profile';

const GATE_MODE_LABEL: Record<GateMode, MessageKey> = {
  'warn-only': 'options_gate_warn_only',
  'reason-required': 'options_gate_reason_required',
  'no-publish-with-block': 'options_gate_no_publish',
};

const OVERRIDE_LABEL: Record<RuleOverride, MessageKey> = {
  off: 'options_override_off',
  block: 'options_override_block',
  warn: 'options_override_warn',
  info: 'options_override_info',
};

/**
 * The administrator's policy from browser.storage.managed, re-read whenever it changes so a new
 * policy shows without reopening the page. Null until the first read is in.
 */
function usePolicy(): ParsedPolicy | null {
  const [parsed, setParsed] = useState<ParsedPolicy | null>(null);
  useEffect(() => {
    const read = (): void => {
      browser.storage.managed.get(null).then(
        (raw) => setParsed(parsePolicy(raw)),
        // No managed storage (Firefox without policies.json): no policy.
        () => setParsed({ policy: {}, issues: [] }),
      );
    };
    read();
    const onChanged = (_changes: unknown, area: string): void => {
      if (area === 'managed') read();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return parsed;
}

/** The “由管理员设置” mark beside a value an administrator's policy fixes. */
function AdminBadge() {
  return (
    <span className="admin-badge" title={t('options_admin_hint')}>
      {t('setByAdmin')}
    </span>
  );
}

function issueLabel(issue: PolicyIssue): string {
  const where = issue.key
    ? issue.path
      ? `${issue.key}.${issue.path}`.replace('.[', '[')
      : issue.key
    : t('options_policy_whole_policy');
  return t('options_policy_issue', where, issue.message);
}

function PolicySection({ parsed }: { parsed: ParsedPolicy }) {
  const hasPolicy = Object.keys(parsed.policy).length > 0;
  return (
    <section aria-labelledby="policy-title" data-testid="policy-section">
      <h2 id="policy-title">{t('options_policy_title')}</h2>
      <p className="hint">{t(hasPolicy ? 'options_policy_active' : 'options_policy_none')}</p>
      {parsed.issues.length > 0 && (
        <div className="policy-issues" role="alert">
          <p>{t('options_policy_invalid_title')}</p>
          <ul className="error" data-testid="policy-issues">
            {parsed.issues.map((issue, i) => (
              <li key={i} data-issue-key={issue.key}>
                {issueLabel(issue)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function ReviewerSection({ policy }: { policy: Policy }) {
  const nameId = useId();
  const unitId = useId();
  const codeId = useId();
  const [reviewer, setReviewer] = useState<Reviewer>({ name: '', unit: '' });
  const [saved, setSaved] = useState(false);
  // The fields stay disabled until the stored values are in, so a quick typist's input is
  // never overwritten by the read finishing late.
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void browser.storage.local.get(REVIEWER_KEY).then((v) => {
      setReviewer(parseReviewer(v[REVIEWER_KEY]));
      setLoaded(true);
    });
  }, []);
  const unitByAdmin = policy.unitName !== undefined;
  return (
    <section aria-labelledby="reviewer-title">
      <h2 id="reviewer-title">{t('options_reviewer_title')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          // The user's own unit stays stored as typed; the policy's applies while there is one.
          const clean = parseReviewer(reviewer);
          void browser.storage.local.set({ [REVIEWER_KEY]: clean }).then(() => setSaved(true));
        }}
      >
        <div className="row">
          <label htmlFor={nameId}>{t('options_reviewer_name')}</label>
          <input
            id={nameId}
            disabled={!loaded}
            value={reviewer.name}
            maxLength={40}
            onChange={(e) => {
              setSaved(false);
              setReviewer({ ...reviewer, name: e.target.value });
            }}
          />
        </div>
        <div className="row" data-policy-key={unitByAdmin ? 'unitName' : undefined}>
          <label htmlFor={unitId}>{t('options_reviewer_unit')}</label>
          <span className="field">
            <input
              id={unitId}
              disabled={!loaded || unitByAdmin}
              value={policy.unitName ?? reviewer.unit}
              maxLength={80}
              onChange={(e) => {
                setSaved(false);
                setReviewer({ ...reviewer, unit: e.target.value });
              }}
            />
            {unitByAdmin && <AdminBadge />}
          </span>
        </div>
        {policy.unitCode !== undefined && (
          <div className="row" data-policy-key="unitCode">
            <label htmlFor={codeId}>{t('options_unit_code')}</label>
            <span className="field">
              <input id={codeId} disabled value={policy.unitCode} />
              <AdminBadge />
            </span>
          </div>
        )}
        <div className="actions">
          <button type="submit" disabled={!loaded}>
            {t('options_save')}
          </button>
          {saved && (
            <span className="saved" role="status">
              {t('options_saved')}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}

/**
 * Whether the page's strings are English: asked of the message catalogue itself, so rule titles
 * and group names (bilingual data in lib/) follow the language the browser picked for the page.
 */
const isEnglish = (): boolean => t('options_lang') === 'en';

function groupLabel(id: string): string {
  const group = CHECKLIST_GROUPS.find((g) => g.id === id);
  if (!group) return id;
  return isEnglish() ? group.en : group.label;
}

function ChecklistSection({ adminItems }: { adminItems: readonly ManualItem[] | undefined }) {
  const [items, setItems] = useState<ManualItem[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void browser.storage.local.get(MANUAL_ITEMS_KEY).then((v) => {
      const parsed = parseManualItems(v[MANUAL_ITEMS_KEY]);
      setItems(parsed.items);
      setErrors(parsed.errors);
      setLoaded(true);
    });
  }, []);
  const byAdmin = adminItems !== undefined;
  const shown = adminItems ?? items;
  const update = (index: number, patch: Partial<ManualItem>): void => {
    setSaved(false);
    setItems(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  };
  const save = (): void => {
    const problems = items.flatMap((item, i) => {
      const parsed = ManualItemSchema.safeParse(item);
      return parsed.success
        ? []
        : [t('options_checklist_row_error', i + 1, parsed.error.issues[0]?.message ?? '')];
    });
    const ids = items.map((i) => i.id);
    if (new Set(ids).size !== ids.length) problems.push(t('options_checklist_duplicate_ids'));
    setErrors(problems);
    if (problems.length === 0)
      void browser.storage.local.set({ [MANUAL_ITEMS_KEY]: items }).then(() => setSaved(true));
  };
  return (
    <section
      aria-labelledby="checklist-title"
      data-policy-key={byAdmin ? 'manualChecklistItems' : undefined}
    >
      <h2 id="checklist-title">
        {t('options_checklist_title')} {byAdmin && <AdminBadge />}
      </h2>
      <table className="checklist-table">
        <thead>
          <tr>
            <th>{t('options_checklist_id')}</th>
            <th>{t('options_checklist_group')}</th>
            <th>{t('options_checklist_item')}</th>
            {!byAdmin && (
              <th>
                <span className="visually-hidden">{t('options_checklist_actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {shown.map((item, index) => (
            <tr key={index} data-testid="manual-item-row">
              <td>
                <input
                  aria-label={t('options_checklist_row_id', index + 1)}
                  value={item.id}
                  disabled={byAdmin}
                  onChange={(e) => update(index, { id: e.target.value })}
                />
              </td>
              <td>
                <select
                  aria-label={t('options_checklist_row_group', index + 1)}
                  value={item.group}
                  disabled={byAdmin}
                  onChange={(e) => update(index, { group: e.target.value as ManualItem['group'] })}
                >
                  {CHECKLIST_GROUPS.map((g) => (
                    <option key={g.id} value={g.id}>
                      {groupLabel(g.id)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  aria-label={t('options_checklist_row_label', index + 1)}
                  value={item.label}
                  disabled={byAdmin}
                  onChange={(e) => update(index, { label: e.target.value })}
                />
              </td>
              {!byAdmin && (
                <td>
                  <button
                    type="button"
                    onClick={() => setItems(items.filter((_, i) => i !== index))}
                  >
                    {t('options_delete')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {byAdmin ? (
        <p className="hint">{t('options_admin_hint')}</p>
      ) : (
        <div className="actions">
          <button
            type="button"
            onClick={() =>
              setItems([
                ...items,
                { id: `item-${items.length + 1}`, group: 'disclosure', label: '' },
              ])
            }
          >
            {t('options_add')}
          </button>
          <button type="button" onClick={() => setItems([...DEFAULT_MANUAL_ITEMS])}>
            {t('options_defaults')}
          </button>
          <button type="button" onClick={save} disabled={!loaded}>
            {t('options_save')}
          </button>
          {saved && (
            <span className="saved" role="status">
              {t('options_saved')}
            </span>
          )}
        </div>
      )}
      {!byAdmin && errors.length > 0 && (
        <ul className="error" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A list an administrator set, one entry per line in a disabled box, or “not set”. */
function AdminList({
  policyKey,
  label,
  values,
  emptyText,
}: {
  policyKey: string;
  label: MessageKey;
  values: readonly string[] | undefined;
  emptyText?: string;
}) {
  const id = useId();
  return (
    <div className="row" data-policy-key={values !== undefined ? policyKey : undefined}>
      <label htmlFor={id}>{t(label)}</label>
      {values === undefined ? (
        <span className="hint" id={id}>
          {emptyText ?? t('options_list_unset')}
        </span>
      ) : (
        <span className="field">
          <textarea
            id={id}
            disabled
            rows={Math.min(Math.max(values.length, 1), 6)}
            value={values.join('\n')}
            title={t('options_one_per_line')}
          />
          <AdminBadge />
        </span>
      )}
    </div>
  );
}

function ruleTitle(ruleId: string): string {
  const rule = RULES.find((r) => r.meta.id === ruleId);
  if (!rule) return ruleId;
  return isEnglish() ? rule.meta.title.en : rule.meta.title.zh;
}

function RulesSection({ policy }: { policy: Policy }) {
  const gateId = useId();
  const retentionId = useId();
  const gateMode = policy.gateMode ?? DEFAULT_GATE_MODE;
  const overrides = Object.entries(policy.ruleOverrides ?? {});
  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">{t('options_rules_title')}</h2>
      <p className="hint">{t('options_rules_intro')}</p>
      <div className="row" data-policy-key={policy.gateMode ? 'gateMode' : undefined}>
        <label htmlFor={gateId}>{t('options_gate_mode')}</label>
        <span className="field">
          <select id={gateId} disabled value={gateMode}>
            {GATE_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(GATE_MODE_LABEL[mode])}
              </option>
            ))}
          </select>
          {policy.gateMode && <AdminBadge />}
        </span>
      </div>
      <div
        className="row"
        data-policy-key={policy.logRetentionDays !== undefined ? 'logRetentionDays' : undefined}
      >
        <label htmlFor={retentionId}>{t('options_log_retention')}</label>
        <span className="field">
          <input
            id={retentionId}
            disabled
            value={policy.logRetentionDays ?? t('options_log_retention_unset')}
          />
          {policy.logRetentionDays !== undefined && <AdminBadge />}
        </span>
      </div>
      <AdminList
        policyKey="extraInternalMarkings"
        label="options_extra_markings"
        values={policy.extraInternalMarkings}
      />
      <AdminList
        policyKey="publicOfficeNumbers"
        label="options_office_numbers"
        values={policy.publicOfficeNumbers}
      />
      <AdminList
        policyKey="publicOfficialNames"
        label="options_official_names"
        values={policy.publicOfficialNames}
      />
      <h3>
        {t('options_rule_overrides')} {policy.ruleOverrides && <AdminBadge />}
      </h3>
      {overrides.length === 0 ? (
        <p className="hint">{t('options_rule_overrides_none')}</p>
      ) : (
        <table data-policy-key="ruleOverrides">
          <thead>
            <tr>
              <th>{t('options_rule_column')}</th>
              <th>{t('options_rule_setting_column')}</th>
            </tr>
          </thead>
          <tbody>
            {overrides.map(([ruleId, override]) => (
              <tr key={ruleId} data-rule-id={ruleId}>
                <td>
                  {ruleTitle(ruleId)} <code>{ruleId}</code>
                </td>
                <td>
                  <select
                    disabled
                    value={override}
                    aria-label={`${t('options_rule_setting_column')}: ${ruleId}`}
                  >
                    {(Object.keys(OVERRIDE_LABEL) as RuleOverride[]).map((value) => (
                      <option key={value} value={value}>
                        {t(OVERRIDE_LABEL[value])}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function OriginList({ children }: { children: ReactNode }) {
  return <ul className="origins">{children}</ul>;
}

function SitesSection({ policy }: { policy: Policy }) {
  const [disabled, setDisabled] = useState<string[]>([]);
  const [profiles, setProfiles] = useState<SiteProfile[]>([]);
  useEffect(() => {
    const read = (): void => {
      void browser.storage.local.get([DISABLED_ORIGINS_KEY, SITE_PROFILES_KEY]).then((v) => {
        setDisabled(parseDisabledOrigins(v[DISABLED_ORIGINS_KEY]));
        setProfiles(parseSiteProfiles(v[SITE_PROFILES_KEY] ?? []).profiles);
      });
    };
    read();
    browser.storage.onChanged.addListener(read);
    return () => browser.storage.onChanged.removeListener(read);
  }, []);
  const adminProfiles = policy.siteProfiles ?? [];
  const profileLabel = (profile: SiteProfile): string =>
    `${profile.origin}${profile.pathPrefix ?? ''}${profile.name ? `（${profile.name}）` : ''}`;
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('options_sites_title')}</h2>
      <h3>
        {t('options_sites_allowed')} {policy.allowedOrigins && <AdminBadge />}
      </h3>
      {policy.allowedOrigins?.length ? (
        <OriginList>
          {policy.allowedOrigins.map((origin) => (
            <li key={origin} data-policy-key="allowedOrigins">
              {origin}
            </li>
          ))}
        </OriginList>
      ) : (
        <p className="hint">{t('options_sites_allowed_all')}</p>
      )}
      {policy.blockedOrigins && (
        <>
          <h3>
            {t('options_sites_blocked')} <AdminBadge />
          </h3>
          {policy.blockedOrigins.length === 0 ? (
            <p className="hint">{t('options_none')}</p>
          ) : (
            <OriginList>
              {policy.blockedOrigins.map((origin) => (
                <li key={origin} data-policy-key="blockedOrigins">
                  {origin}
                </li>
              ))}
            </OriginList>
          )}
        </>
      )}
      <h3>{t('options_sites_off')}</h3>
      {disabled.length === 0 ? (
        <p className="hint">{t('options_none')}</p>
      ) : (
        <OriginList>
          {disabled.map((origin) => (
            <li key={origin}>
              {origin}{' '}
              <button
                type="button"
                onClick={() =>
                  void browser.storage.local.set({
                    [DISABLED_ORIGINS_KEY]: setOriginEnabled(disabled, origin, true),
                  })
                }
              >
                {t('options_sites_on_again')}
              </button>
            </li>
          ))}
        </OriginList>
      )}
      <h3>{t('options_sites_profiles')}</h3>
      {profiles.length === 0 && adminProfiles.length === 0 ? (
        <p className="hint">{t('options_sites_profiles_none')}</p>
      ) : (
        <OriginList>
          {adminProfiles.map((profile) => (
            <li key={`admin:${profileLabel(profile)}`} data-policy-key="siteProfiles">
              {profileLabel(profile)} <AdminBadge />
            </li>
          ))}
          {profiles.map((profile) => (
            <li key={profileLabel(profile)}>
              {profileLabel(profile)}{' '}
              <button
                type="button"
                onClick={() =>
                  void browser.storage.local.set({
                    [SITE_PROFILES_KEY]: profiles.filter((p) => p !== profile),
                  })
                }
              >
                {t('options_delete')}
              </button>
            </li>
          ))}
        </OriginList>
      )}
    </section>
  );
}

/**
 * Options: the administrator's policy (and what in it is invalid), who signs off, the manual
 * checklist, the unit's review rules and the sites the extension runs on. What the policy sets
 * is shown read-only with “由管理员设置”.
 */
export function App() {
  const parsed = usePolicy();
  useEffect(() => {
    document.title = t('options_page_title');
  }, []);
  return (
    <main className="options">
      <h1>
        {t('extName')} · {t('options_heading')}
      </h1>
      {parsed && (
        <>
          <PolicySection parsed={parsed} />
          <ReviewerSection policy={parsed.policy} />
          <ChecklistSection adminItems={parsed.policy.manualChecklistItems} />
          <RulesSection policy={parsed.policy} />
          <SitesSection policy={parsed.policy} />
        </>
      )}
    </main>
  );
}
