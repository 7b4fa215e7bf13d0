import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import { useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { CATEGORIES } from '@/lib/engine/schema';
import type { LogRow } from '@/lib/log/log-query';
import {
  findingsPerCategoryPerWeek,
  publishDespiteWarningsByUnit,
  reviewsPerReviewer,
  topRules,
} from '@/lib/log/log-stats';
import { OUTCOMES } from '@/lib/log/review-record';
import { t } from '../i18n';
import './log.css';
import { categoryLabel, outcomeLabel } from './labels';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** PNG snapshots of the charts, for the printable HTML summary. */
export interface ChartImage {
  title: string;
  pngDataUrl: string;
}

export interface LogChartsHandle {
  images(): ChartImage[];
}

export interface LogChartsProps {
  rows: readonly LogRow[];
  ruleTitle(ruleId: string): string;
  ref?: Ref<LogChartsHandle>;
}

const CATEGORY_COLOURS: Record<(typeof CATEGORIES)[number], string> = {
  'personal-data': '#1f4e79',
  confidentiality: '#b42318',
  disclosure: '#b54708',
  interpretation: '#2e7d32',
  'policy-change': '#6941c6',
};
const OUTCOME_COLOURS: Record<(typeof OUTCOMES)[number], string> = {
  approved: '#2e7d32',
  conditional: '#b54708',
  returned: '#b42318',
};

/** Paints a white background, so the PNG in the printed summary is not transparent. */
const whiteBackground: Plugin = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

const FONT = {
  family: "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
  size: 12,
};

/** Shortens long axis labels (unit names, rule titles) so the bars keep their room. */
/** A unit or reviewer as a chart shows it: （无） where none was set, never a blank bar. */
function named(name: string): string {
  return name || t('log_detail_none');
}

function shorten(label: string, max = 14): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

interface ChartBoxProps {
  title: string;
  config: ChartConfiguration<'bar'>;
  empty: boolean;
  /** A text rendering of the data, for screen readers and for checking the figures. */
  summary: string[];
  register(title: string, chart: Chart<'bar'> | null): void;
  testId: string;
}

/** One chart: created once, then updated in place without animation when the data changes. */
function ChartBox({ title, config, empty, summary, register, testId }: ChartBoxProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<'bar'> | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const chart = chartRef.current;
    if (!chart) {
      chartRef.current = new Chart(canvas, { ...config, plugins: [whiteBackground] });
      register(title, chartRef.current);
      return;
    }
    chart.data = config.data;
    chart.options = config.options ?? {};
    chart.update('none');
  }, [config, register, title]);

  useEffect(
    () => () => {
      chartRef.current?.destroy();
      chartRef.current = null;
      register(title, null);
    },
    [register, title],
  );

  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <div className="chart__canvas">
        <canvas ref={canvasRef} role="img" aria-label={`${title}：${summary.join('；')}`} />
        {empty && <p className="chart__empty">{t('log_chart_empty')}</p>}
      </div>
      <details className="chart__data">
        <summary>{t('log_chart_summary')}</summary>
        <ul>
          {summary.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </details>
    </figure>
  );
}

function baseOptions(horizontal: boolean, stacked: boolean): ChartConfiguration<'bar'>['options'] {
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    indexAxis: horizontal ? 'y' : 'x',
    plugins: {
      legend: { position: 'bottom', labels: { font: FONT, boxWidth: 12 } },
      tooltip: { bodyFont: FONT, titleFont: FONT },
    },
    scales: {
      x: { stacked, ticks: { font: FONT }, grid: { color: '#eaecf0' } },
      // Every unit, rule and reviewer keeps its label on the category axis of a horizontal chart.
      y: { stacked, ticks: { font: FONT, autoSkip: !horizontal }, grid: { color: '#eaecf0' } },
    },
  };
}

/**
 * The four charts a supervisor puts in a report (issue 7), drawn with Chart.js on canvas so the
 * printable summary can take PNG snapshots of exactly what the page shows.
 */
export function LogCharts({ rows, ruleTitle, ref }: LogChartsProps) {
  const charts = useRef(new Map<string, Chart<'bar'>>());
  const register = useMemo(
    () => (title: string, chart: Chart<'bar'> | null) => {
      if (chart) charts.current.set(title, chart);
      else charts.current.delete(title);
    },
    [],
  );
  useImperativeHandle(ref, () => ({
    images: () =>
      [...charts.current].map(([title, chart]) => ({
        title,
        pngDataUrl: chart.toBase64Image('image/png', 1),
      })),
  }));

  const weekly = useMemo(() => findingsPerCategoryPerWeek(rows), [rows]);
  const rules = useMemo(() => topRules(rows, 10), [rows]);
  const publish = useMemo(() => publishDespiteWarningsByUnit(rows), [rows]);
  // The ten most active reviewers: more bars than that cannot keep readable labels.
  const reviewers = useMemo(() => reviewsPerReviewer(rows).slice(0, 10), [rows]);

  const weeklyConfig = useMemo<ChartConfiguration<'bar'>>(() => {
    const options = baseOptions(false, true);
    return {
      type: 'bar',
      data: {
        labels: weekly.weeks.map((w) => w.slice(5)),
        datasets: weekly.series.map((s) => ({
          label: categoryLabel(s.category),
          data: s.counts,
          backgroundColor: CATEGORY_COLOURS[s.category],
        })),
      },
      options,
    };
  }, [weekly]);

  const rulesConfig = useMemo<ChartConfiguration<'bar'>>(() => {
    const options = baseOptions(true, false);
    return {
      type: 'bar',
      data: {
        labels: rules.map((r) => shorten(ruleTitle(r.ruleId), 16)),
        datasets: [
          {
            label: t('log_chart_findings_axis'),
            data: rules.map((r) => r.count),
            backgroundColor: rules.map((r) =>
              r.category ? CATEGORY_COLOURS[r.category] : '#475467',
            ),
          },
        ],
      },
      options: {
        ...options,
        plugins: {
          ...options?.plugins,
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: (items) => ruleTitle(rules[items[0]?.dataIndex ?? 0]?.ruleId ?? ''),
              label: (item) => {
                const rule = rules[item.dataIndex];
                return rule ? t('log_chart_rule_documents', rule.count, rule.documents) : '';
              },
            },
          },
        },
      },
    };
  }, [rules, ruleTitle]);

  const publishConfig = useMemo<ChartConfiguration<'bar'>>(() => {
    const options = baseOptions(true, false);
    return {
      type: 'bar',
      data: {
        labels: publish.map((p) => shorten(named(p.unit))),
        datasets: [
          {
            label: t('log_chart_rate_axis'),
            data: publish.map((p) => Math.round(p.rate * 1000) / 10),
            backgroundColor: '#b54708',
          },
        ],
      },
      options: {
        ...options,
        scales: {
          ...options?.scales,
          x: { ...options?.scales?.x, min: 0, max: 100 },
        },
        plugins: {
          ...options?.plugins,
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: (items) => named(publish[items[0]?.dataIndex ?? 0]?.unit ?? ''),
              label: (item) => {
                const p = publish[item.dataIndex];
                return p
                  ? t(
                      'log_chart_rate_tooltip',
                      (p.rate * 100).toFixed(1),
                      p.publishedAnyway,
                      p.gateDecisions,
                    )
                  : '';
              },
            },
          },
        },
      },
    };
  }, [publish]);

  const reviewerConfig = useMemo<ChartConfiguration<'bar'>>(
    () => ({
      type: 'bar',
      data: {
        labels: reviewers.map((r) => named(r.reviewer)),
        datasets: OUTCOMES.map((outcome) => ({
          label: outcomeLabel(outcome),
          data: reviewers.map((r) => r.byOutcome[outcome]),
          backgroundColor: OUTCOME_COLOURS[outcome],
        })),
      },
      options: baseOptions(true, true),
    }),
    [reviewers],
  );

  return (
    <section className="charts" aria-label={t('log_charts')}>
      <ChartBox
        testId="chart-categories"
        title={t('log_chart_categories')}
        config={weeklyConfig}
        empty={weekly.weeks.length === 0}
        summary={weekly.series.map(
          (s) => `${categoryLabel(s.category)} ${s.counts.reduce((a, b) => a + b, 0)}`,
        )}
        register={register}
      />
      <ChartBox
        testId="chart-rules"
        title={t('log_chart_rules')}
        config={rulesConfig}
        empty={rules.length === 0}
        summary={rules.map((r) => `${ruleTitle(r.ruleId)} ${r.count}`)}
        register={register}
      />
      <ChartBox
        testId="chart-publish-anyway"
        title={t('log_chart_publish_anyway')}
        config={publishConfig}
        empty={publish.length === 0}
        summary={publish.map(
          (p) =>
            `${named(p.unit)} ${(p.rate * 100).toFixed(1)}% (${p.publishedAnyway}/${p.gateDecisions})`,
        )}
        register={register}
      />
      <ChartBox
        testId="chart-reviewers"
        title={t('log_chart_reviewers')}
        config={reviewerConfig}
        empty={reviewers.length === 0}
        summary={reviewers.map((r) => `${named(r.reviewer)} ${r.signOffs}`)}
        register={register}
      />
    </section>
  );
}
