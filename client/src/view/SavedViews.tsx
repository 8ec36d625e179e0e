/**
 * Saved views of the map (docs/decisions/0024-saved-views-and-time.md): save the map under a name
 * (its link state and where each node stands), then open, rename, delete or copy the link of the
 * account's own views. Opening one is the parent's job (`onOpen`): the state becomes the view and
 * the positions are put back once the map is drawn.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedViewFieldsFragment } from '../gql/graphql.ts';
import type { Language } from '../i18n/languages.ts';
import { errorCode } from '../ui/errors.ts';
import { formatDate } from '../ui/format.ts';
import { DeleteViewMutation, RenameViewMutation, SavedViewsQuery, SaveViewMutation } from './saved-views-query.ts';

export type SavedView = SavedViewFieldsFragment;
export interface NodePosition {
  key: string;
  x: number;
  y: number;
}

const MAX_NAME = 100;
const MAX_POSITIONS = 5000;

interface Props {
  language: Language;
  /** The explorer's query string to keep (without the language). */
  state: string;
  /** Where each drawn node stands now. */
  positions(): NodePosition[];
  onOpen(view: SavedView): void;
  onClose(): void;
}

export const viewLink = (id: string) => `${window.location.origin}/?view=${encodeURIComponent(id)}`;

/** What is wrong with a name, before asking the server (null: nothing). */
export function nameProblem(name: string): 'emptyName' | 'longName' | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'emptyName';
  return [...trimmed].length > MAX_NAME ? 'longName' : null;
}

function problemOf(error: unknown): string {
  const field = (error as { errors?: { extensions?: { field?: string } }[] }).errors?.[0]?.extensions?.field;
  if (errorCode(error) === 'BAD_USER_INPUT' && field === 'input.name') return 'longName';
  if (errorCode(error) === 'BAD_USER_INPUT' && field === 'input.positions') return 'tooMany';
  return 'failed';
}

export function SavedViews({ language, state, positions, onOpen, onClose }: Props) {
  const { t } = useTranslation();
  const list = useQuery(SavedViewsQuery, { fetchPolicy: 'cache-and-network' });
  const [save, saving] = useMutation(SaveViewMutation);
  const [name, setName] = useState('');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const views = list.data?.savedViews ?? [];
  const say = (text: string, error = false) => setStatus({ text, error });

  const onSave = () => {
    const problem = nameProblem(name);
    if (problem) return say(t(`views.${problem}`), true);
    const at = positions();
    if (at.length > MAX_POSITIONS) return say(t('views.tooMany'), true);
    save({ variables: { input: { name: name.trim(), state, positions: at } } })
      .then(() => {
        say(t('views.saved', { name: name.trim() }));
        setName('');
        return list.refetch();
      })
      .catch((error: unknown) => say(t(`views.${problemOf(error)}`), true));
  };

  return (
    <section className="saved-views" id="saved-views" aria-labelledby="saved-views-title" data-testid="saved-views">
      <header className="saved-views-header">
        <h2 id="saved-views-title">{t('views.title')}</h2>
        <button type="button" className="icon-button" aria-label={t('views.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <p className="saved-views-lead">{t('views.lead')}</p>
      <form
        className="saved-views-save"
        onSubmit={(e) => {
          e.preventDefault();
          onSave();
        }}
      >
        <label>
          <span className="toolbar-label">{t('views.name')}</span>
          <input
            value={name}
            placeholder={t('views.namePlaceholder')}
            aria-invalid={status?.error ? true : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button type="submit" className="button" disabled={saving.loading}>
          {t('views.save')}
        </button>
      </form>
      <p role="status" className={status?.error ? 'saved-views-status saved-views-error' : 'saved-views-status'}>
        {status?.text ?? ''}
      </p>
      {views.length === 0 ? (
        <p className="saved-views-none">{t('views.none')}</p>
      ) : (
        <ul className="saved-views-list">
          {views.map((view) => (
            <ViewItem
              key={view.id}
              view={view}
              language={language}
              onOpen={() => {
                say(t('views.opened', { name: view.name }));
                onOpen(view);
              }}
              onDone={(text, error) => {
                say(text, error);
                void list.refetch();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function ViewItem(props: {
  view: SavedView;
  language: Language;
  onOpen(): void;
  onDone(text: string, error?: boolean): void;
}) {
  const { view, language, onOpen, onDone } = props;
  const { t } = useTranslation();
  const [rename] = useMutation(RenameViewMutation);
  const [remove] = useMutation(DeleteViewMutation);
  const [editing, setEditing] = useState<string | null>(null);
  if (editing !== null) {
    return (
      <li className="saved-view">
        <form
          className="saved-view-rename"
          onSubmit={(e) => {
            e.preventDefault();
            const problem = nameProblem(editing);
            if (problem) return onDone(t(`views.${problem}`), true);
            rename({ variables: { id: view.id, name: editing.trim() } })
              .then(() => {
                setEditing(null);
                onDone(t('views.renamed', { name: editing.trim() }));
              })
              .catch(() => onDone(t('views.failed'), true));
          }}
        >
          <input
            value={editing}
            aria-label={t('views.renameTo', { name: view.name })}
            onChange={(e) => setEditing(e.target.value)}
          />
          <button type="submit" className="button">
            {t('views.renameSave')}
          </button>
          <button type="button" className="button-link" onClick={() => setEditing(null)}>
            {t('views.cancel')}
          </button>
        </form>
      </li>
    );
  }
  return (
    <li className="saved-view">
      <button type="button" className="button-link saved-view-name" onClick={onOpen}>
        {view.name}
      </button>
      <span className="saved-view-date">
        {t('views.savedOn', { date: formatDate(view.updated.slice(0, 10), language) })}
      </span>
      <span className="saved-view-actions">
        <button type="button" className="button-link" onClick={onOpen} aria-label={`${t('views.open')}: ${view.name}`}>
          {t('views.open')}
        </button>
        <button
          type="button"
          className="button-link"
          onClick={() => {
            const link = viewLink(view.id);
            void navigator.clipboard?.writeText(link).catch(() => {});
            onDone(t('views.copied', { link }));
          }}
        >
          {t('views.copyLink')}
        </button>
        <button type="button" className="button-link" onClick={() => setEditing(view.name)}>
          {t('views.rename')}
        </button>
        <button
          type="button"
          className="button-link"
          onClick={() => {
            if (!window.confirm(t('views.confirmDelete', { name: view.name }))) return;
            remove({ variables: { id: view.id } })
              .then(() => onDone(t('views.deleted', { name: view.name })))
              .catch(() => onDone(t('views.failed'), true));
          }}
        >
          {t('views.delete')}
        </button>
      </span>
    </li>
  );
}
