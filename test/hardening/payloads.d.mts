export interface Payload {
  /** 1…N: the number a payload passes to `__kqPwned` if it ever runs. */
  n: number;
  kind: 'markup' | 'url' | 'text';
  value: string;
}
export const PAYLOADS: Payload[];
export const SAMPLE: Payload[];
export const GOOD_DATE: string;
