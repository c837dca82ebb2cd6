import type { Ref } from 'vue';

/** An ECharts click handler that drills down from the bar's row (`dataIndex` into the charted rows). */
export function barDrill<R>(charted: Ref<R[]>, drill: (row: R) => void): (p: { dataIndex: number }) => void {
  return (p) => {
    const row = charted.value[p.dataIndex];
    if (row) drill(row);
  };
}
