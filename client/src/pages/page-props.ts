import type { Language } from '../i18n/languages.ts';

/** What every page beside the map receives from the shell. */
export interface PageProps {
  language: Language;
  /** Opens a node on the map (people, organisations, skills and projects link there). */
  onOpenNode(key: string): void;
}
