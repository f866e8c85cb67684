/** Numbers as the documents write them: 亿元 and 万元. */

export function yuanText(yuan: number | null | undefined): string {
  if (yuan === null || yuan === undefined) return '—';
  if (Math.abs(yuan) >= 1e8) return `${trim(yuan / 1e8)}亿元`;
  if (Math.abs(yuan) >= 1e4) return `${trim(yuan / 1e4)}万元`;
  return `${trim(yuan)}元`;
}

function trim(value: number): string {
  return String(Math.round(value * 100) / 100);
}
