import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  CHECKLIST_GROUPS,
  DEFAULT_MANUAL_ITEMS,
  MANUAL_ITEMS_KEY,
  ManualItemSchema,
  parseManualItems,
  type ManualItem,
} from '@/lib/checklist/checklist-items';
import { REVIEWER_KEY, parseReviewer, type Reviewer } from '@/lib/settings/reviewer';
import {
  DISABLED_ORIGINS_KEY,
  SITE_PROFILES_KEY,
  parseDisabledOrigins,
  setOriginEnabled,
} from '@/lib/settings/site-settings';
import { parseSiteProfiles, type SiteProfile } from '@/lib/sites/site-profile';

function ReviewerSection() {
  const nameId = useId();
  const unitId = useId();
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
  return (
    <section aria-labelledby="reviewer-title">
      <h2 id="reviewer-title">
        审核人 <span className="en">Reviewer</span>
      </h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const clean = parseReviewer(reviewer);
          void browser.storage.local.set({ [REVIEWER_KEY]: clean }).then(() => setSaved(true));
        }}
      >
        <div className="row">
          <label htmlFor={nameId}>姓名 Name</label>
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
        <div className="row">
          <label htmlFor={unitId}>单位 Unit</label>
          <input
            id={unitId}
            disabled={!loaded}
            value={reviewer.unit}
            maxLength={80}
            onChange={(e) => {
              setSaved(false);
              setReviewer({ ...reviewer, unit: e.target.value });
            }}
          />
        </div>
        <div className="actions">
          <button type="submit" disabled={!loaded}>
            保存 Save
          </button>
          {saved && (
            <span className="saved" role="status">
              已保存 Saved
            </span>
          )}
        </div>
      </form>
    </section>
  );
}

function ChecklistSection() {
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
  const update = (index: number, patch: Partial<ManualItem>): void => {
    setSaved(false);
    setItems(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  };
  const save = (): void => {
    const problems = items.flatMap((item, i) => {
      const parsed = ManualItemSchema.safeParse(item);
      return parsed.success ? [] : [`第 ${i + 1} 项：${parsed.error.issues[0]?.message ?? ''}`];
    });
    const ids = items.map((i) => i.id);
    if (new Set(ids).size !== ids.length) problems.push('编号不能重复 / ids must be unique');
    setErrors(problems);
    if (problems.length === 0)
      void browser.storage.local.set({ [MANUAL_ITEMS_KEY]: items }).then(() => setSaved(true));
  };
  return (
    <section aria-labelledby="checklist-title">
      <h2 id="checklist-title">
        人工核对事项 <span className="en">Manual checklist items</span>
      </h2>
      <table>
        <thead>
          <tr>
            <th>编号 Id</th>
            <th>分组 Group</th>
            <th>事项 Item</th>
            <th>
              <span className="visually-hidden">操作</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <tr key={index} data-testid="manual-item-row">
              <td>
                <input
                  aria-label={`第 ${index + 1} 项编号`}
                  value={item.id}
                  onChange={(e) => update(index, { id: e.target.value })}
                />
              </td>
              <td>
                <select
                  aria-label={`第 ${index + 1} 项分组`}
                  value={item.group}
                  onChange={(e) => update(index, { group: e.target.value as ManualItem['group'] })}
                >
                  {CHECKLIST_GROUPS.map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.label}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  aria-label={`第 ${index + 1} 项内容`}
                  value={item.label}
                  onChange={(e) => update(index, { label: e.target.value })}
                />
              </td>
              <td>
                <button type="button" onClick={() => setItems(items.filter((_, i) => i !== index))}>
                  删除
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button
          type="button"
          onClick={() =>
            setItems([...items, { id: `item-${items.length + 1}`, group: 'disclosure', label: '' }])
          }
        >
          添加 Add
        </button>
        <button type="button" onClick={() => setItems([...DEFAULT_MANUAL_ITEMS])}>
          恢复默认 Defaults
        </button>
        <button type="button" onClick={save} disabled={!loaded}>
          保存 Save
        </button>
        {saved && (
          <span className="saved" role="status">
            已保存 Saved
          </span>
        )}
      </div>
      {errors.length > 0 && (
        <ul className="error" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SitesSection() {
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
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">
        站点 <span className="en">Sites</span>
      </h2>
      <h3>已停用的站点 Switched off</h3>
      {disabled.length === 0 ? (
        <p className="hint">无。None.</p>
      ) : (
        <ul>
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
                重新启用 Switch on
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>站点配置 Site profiles</h3>
      {profiles.length === 0 ? (
        <p className="hint">无。在 CMS 页面的问题列表中点“指定本站字段…”即可创建。</p>
      ) : (
        <ul>
          {profiles.map((profile) => (
            <li key={profile.origin + (profile.pathPrefix ?? '')}>
              {profile.origin}
              {profile.pathPrefix ?? ''} {profile.name ? `（${profile.name}）` : ''}{' '}
              <button
                type="button"
                onClick={() =>
                  void browser.storage.local.set({
                    [SITE_PROFILES_KEY]: profiles.filter((p) => p !== profile),
                  })
                }
              >
                删除 Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Options: who signs off, the manual checklist, and the sites the extension runs on. */
export function App() {
  return (
    <main className="options">
      <h1>
        公开审查助手 · 设置 <span className="en">Options</span>
      </h1>
      <ReviewerSection />
      <ChecklistSection />
      <SitesSection />
    </main>
  );
}
