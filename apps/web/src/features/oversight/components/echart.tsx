import Box from '@mui/material/Box';
import { BarChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../../i18n/i18n';

// Tree-shaken: only what the dashboard draws (bar charts, their axes, legend, tooltip, the deadline's area).
echarts.use([
  BarChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  MarkAreaComponent,
  AriaComponent,
  CanvasRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

/** One ECharts chart; `label` names it for screen readers (the numbers are in the table and cards too). */
export function EChart({
  option,
  label,
  height = 280,
}: {
  option: ChartOption;
  label: string;
  height?: number;
}) {
  const element = useRef<HTMLDivElement>(null);
  const { language } = useI18n();
  useEffect(() => {
    if (!element.current) return undefined;
    const chart = echarts.init(element.current, null, { locale: language === 'zh-CN' ? 'ZH' : 'EN' });
    chart.setOption({ aria: { enabled: true }, ...option });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option, language]);
  return <Box ref={element} role="img" aria-label={label} sx={{ width: '100%', height }} />;
}
