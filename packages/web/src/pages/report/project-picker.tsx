import { useEffect, useId, useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import type { ApiResponse } from '../../api/client.ts';
import { describeError } from '../../components/feedback.tsx';

export interface ChosenProject {
  /** The directory's slug; absent for a project typed by name. */
  slug?: string;
  name: string;
}

type Found = ApiResponse<'/api/v1/projects', 'get'>['projects'][number];

const SEARCH_LIMIT = 8;
const SEARCH_DELAY_MS = 250;
export const MAX_PROJECTS = 30;

/**
 * Affected projects: search the directory and add matches, or add a name the directory does not
 * list. Results are plain buttons in a list (no ARIA combobox to get wrong); their count is announced.
 */
export function ProjectPicker({ id, chosen, onChange, error }: { id: string; chosen: ChosenProject[]; onChange: (projects: ChosenProject[]) => void; error: string | undefined }) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; projects: Found[] } | undefined>();
  const [searchError, setSearchError] = useState<string | undefined>();
  const hintId = useId();
  const search = useRef<HTMLInputElement>(null);
  const trimmed = query.trim();

  useEffect(() => {
    if (trimmed === '') {
      setFound(undefined);
      return undefined;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.get('/api/v1/projects', { query: { q: trimmed, limit: SEARCH_LIMIT }, signal: controller.signal }).then(
        (result) => {
          setSearchError(undefined);
          setFound({ query: trimmed, projects: result.projects });
        },
        (failure: unknown) => {
          if (!controller.signal.aborted) setSearchError(describeError(failure));
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [trimmed]);

  const isChosen = (candidate: ChosenProject) =>
    chosen.some((project) => (candidate.slug ? project.slug === candidate.slug : !project.slug && project.name.toLowerCase() === candidate.name.toLowerCase()));
  const add = (project: ChosenProject) => {
    if (isChosen(project) || chosen.length >= MAX_PROJECTS) return;
    onChange([...chosen, project]);
    // Ready for the next project (the clicked button goes away with the results, so the focus
    // returns to the search field); the chosen one is listed above.
    setQuery('');
    search.current?.focus();
  };
  const exactMatch = found?.projects.some((project) => project.name.toLowerCase() === trimmed.toLowerCase()) ?? false;

  return (
    <fieldset className="project-picker" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Affected projects</legend>
      <p className="hint" id={hintId}>
        Choose from the software directory, or add a project it does not list by its name. A flaw shared by several projects is one report.
      </p>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {chosen.length > 0 ? (
        <ul className="chosen-projects" aria-label="Chosen projects">
          {chosen.map((project) => (
            <li key={project.slug ?? `name:${project.name}`}>
              <span>
                {project.name} <span className="muted">{project.slug ? '(in the directory)' : '(not in the directory)'}</span>
              </span>
              <button type="button" className="button small" onClick={() => onChange(chosen.filter((other) => other !== project))}>
                Remove {project.name}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No project chosen yet.</p>
      )}
      <div className="field">
        <label htmlFor={id}>Search the directory</label>
        <input ref={search} id={id} type="search" autoComplete="off" value={query} aria-describedby={hintId} aria-invalid={error ? true : undefined} onChange={(event) => setQuery(event.currentTarget.value)} />
      </div>
      <p role="status" className="hint">
        {searchError ?? (found && found.query === trimmed ? (found.projects.length === 0 ? 'No project in the directory matches.' : `${found.projects.length} ${found.projects.length === 1 ? 'project matches' : 'projects match'}.`) : '')}
      </p>
      {found && found.projects.length > 0 ? (
        <ul className="project-results" aria-label="Matching projects">
          {found.projects.map((project) => (
            <li key={project.slug}>
              <button type="button" className="button small" disabled={isChosen({ slug: project.slug, name: project.name })} onClick={() => add({ slug: project.slug, name: project.name })}>
                Add {project.name}
              </button>{' '}
              <span className="muted">{project.shortdesc ?? ''}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {trimmed !== '' && !exactMatch ? (
        <p>
          <button type="button" className="button small" disabled={isChosen({ name: trimmed })} onClick={() => add({ name: trimmed })}>
            Add “{trimmed}” as a project not in the directory
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}
