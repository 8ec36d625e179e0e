/**
 * "Me": the person the reader says they are, remembered in this browser only (there are no
 * accounts yet, docs/decisions/0003). It lets the finder ask "how could I meet this person?".
 */
import { useEffect, useState } from 'react';
import type { NameFields } from '../graph/names.ts';

export interface Me extends NameFields {
  key: string;
  id: string;
}

const STORAGE_KEY = 'tsunagari.me';
const CHANGED = 'tsunagari:me';

function read(): Me | null {
  try {
    const value = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null') as Me | null;
    return value && typeof value.key === 'string' && typeof value.id === 'string' ? value : null;
  } catch {
    return null;
  }
}

export function setMe(me: Me | null): void {
  try {
    if (me) window.localStorage.setItem(STORAGE_KEY, JSON.stringify(me));
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // storage blocked: "me" lasts until the page reloads
  }
  window.dispatchEvent(new CustomEvent(CHANGED, { detail: me }));
}

export function useMe(): Me | null {
  const [me, update] = useState<Me | null>(read);
  useEffect(() => {
    const onChange = (event: Event) => update((event as CustomEvent<Me | null>).detail);
    window.addEventListener(CHANGED, onChange);
    return () => window.removeEventListener(CHANGED, onChange);
  }, []);
  return me;
}
