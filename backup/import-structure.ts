/**
 * A first pass over a parsed import file that refuses hostile shapes before any field is read:
 * nesting deeper than an export ever goes, prototype-pollution keys anywhere, strings longer than
 * any field allows. Iterative (an explicit stack), so a file nested a million deep cannot
 * overflow the call stack here; paths for messages are built only when something is refused.
 */
import { FORBIDDEN_KEYS } from '../schema/fields';
import { refuseImport } from './import-refusal';

/** An export nests at most 6 containers deep (days[i].sites[host].activityMs); 8 leaves margin. */
export const MAX_DEPTH = 8;
/** The longest field is a URL (2,048); no string in an export is longer than this. */
export const MAX_STRING = 4_096;

interface Visit {
  value: unknown;
  depth: number;
  parent: Visit | null;
  key: string | number;
}

export function checkStructure(root: unknown): void {
  const stack: Visit[] = [{ value: root, depth: 0, parent: null, key: '' }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value, depth } = visit;
    if (typeof value === 'string') {
      if (value.length > MAX_STRING) refuseImport({ code: 'string-too-long', path: pathOf(visit), length: value.length, max: MAX_STRING });
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) refuseImport({ code: 'too-deep', path: pathOf(visit), levels: MAX_DEPTH });
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], depth: depth + 1, parent: visit, key: i });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) refuseImport({ code: 'forbidden-key', path: pathOf(visit), key });
      if (key.length > MAX_STRING) refuseImport({ code: 'key-too-long', path: pathOf(visit), length: key.length });
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, parent: visit, key });
    }
  }
}

/** `days[3].sites["x.com"]`, or '' for the top level (the file as a whole). */
function pathOf(visit: Visit): string {
  const parts: string[] = [];
  for (let v: Visit | null = visit; v?.parent; v = v.parent) {
    const key = typeof v.key === 'number' ? `[${v.key}]` : /^[A-Za-z_$][\w$]*$/.test(v.key) ? `.${v.key}` : `[${JSON.stringify(v.key.slice(0, 60))}]`;
    parts.unshift(key);
  }
  return parts.join('').replace(/^\./, '');
}
