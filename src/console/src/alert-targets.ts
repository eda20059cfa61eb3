import type { Alert } from './api/types.ts';

/**
 * The dataset object an alert's write touched, as the alert carries it: the SOC's revoke_approval
 * reads attrs.store / attrs.bucket / attrs.object from the alert's group when a person asks for it
 * (approved-dataset-write groups data.access events by bucket and object). Without a bucket the SOC
 * refuses, so the console only offers the action when there is one.
 */
export function datasetObjectOf(
  alert: Pick<Alert, 'group'>,
): { store?: string; bucket: string; object?: string; label: string } | undefined {
  const bucket = alert.group['attrs.bucket'];
  if (!bucket) return undefined;
  const store = alert.group['attrs.store'] || undefined;
  const object = alert.group['attrs.object'] || undefined;
  const path = `${bucket}/${object ?? ''}`;
  return {
    ...(store ? { store } : {}),
    bucket,
    ...(object ? { object } : {}),
    label: store ? `${store}://${path}` : path,
  };
}
