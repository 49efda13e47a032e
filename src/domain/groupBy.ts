/**
 * The items grouped by `keyOf`, groups in the order their first item came, each group's values in
 * the items' order (`Map.groupBy` arrives with Node 21). `pick` keeps part of each item.
 */
export function groupBy<T, K, V = T>(
  items: Iterable<T>,
  keyOf: (item: T) => K,
  pick: (item: T) => V = (item) => item as unknown as V,
): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [pick(item)]);
    else group.push(pick(item));
  }
  return groups;
}
