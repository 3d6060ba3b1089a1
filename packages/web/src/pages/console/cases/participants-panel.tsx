import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import { SelectField, TextField } from '../../../components/fields.tsx';
import { useAction } from '../shared/action.ts';
import { ActionError } from '../shared/action-error.tsx';
import { ConfirmButton } from '../shared/confirm-button.tsx';
import { CASE_ROLE, CASE_ROLES } from './labels.ts';
import type { Case, CaseRole } from './labels.ts';

type Participant = Case['participants'][number];

/** Who is in the case; the team adds people by e-mail (a maintainer for one project) and removes them. */
export function ParticipantsPanel({ kase, team, onChanged }: { kase: Case; team: boolean; onChanged: () => void }) {
  const projectName = (key: string | null) => (key ? (kase.projects.find((project) => project.projectKey === key)?.displayName ?? key) : '');
  return (
    <section aria-labelledby="participants">
      <h2 id="participants">Participants</h2>
      {kase.participants.length === 0 ? <p>Nobody has been added yet.</p> : null}
      {kase.participants.length > 0 ? (
        <div className="table-wrap" role="region" aria-labelledby="participants" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">E-mail</th>
                <th scope="col">Role</th>
                <th scope="col">For project</th>
                {team ? <th scope="col">Actions</th> : null}
              </tr>
            </thead>
            <tbody>
              {kase.participants.map((participant) => (
                <tr key={`${participant.userId}-${participant.role}-${participant.projectKey ?? ''}`}>
                  <th scope="row">{participant.displayName || '—'}</th>
                  <td>{participant.email}</td>
                  <td>{CASE_ROLE[participant.role]}</td>
                  <td>{projectName(participant.projectKey) || '—'}</td>
                  {team ? (
                    <td>
                      <RemoveButton caseId={kase.id} participant={participant} onDone={onChanged} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {team ? <AddParticipantForm kase={kase} onChanged={onChanged} /> : null}
    </section>
  );
}

function RemoveButton({ caseId, participant, onDone }: { caseId: string; participant: Participant; onDone: () => void }) {
  return (
    <ConfirmButton
      verb="Remove"
      subject={`${participant.email} (${CASE_ROLE[participant.role]})`}
      warning="They lose access to the case."
      onConfirm={() => api.delete('/api/v1/cases/{id}/participants/{userId}', { params: { id: caseId, userId: participant.userId }, query: { role: participant.role } })}
      onDone={onDone}
    />
  );
}

function AddParticipantForm({ kase, onChanged }: { kase: Case; onChanged: () => void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<CaseRole>('maintainer');
  const [chosenProject, setProjectKey] = useState('');
  // Projects may be added after the form first showed: default to the first one there is.
  const projectKey = chosenProject || kase.projects[0]?.projectKey || '';
  const action = useAction();
  const needsProject = role === 'maintainer';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = { email: email.trim(), role, ...(needsProject && projectKey ? { projectKey } : {}) };
    const done = await action.run(() => api.post('/api/v1/cases/{id}/participants', { params: { id: kase.id }, body }));
    if (done) {
      setEmail('');
      onChanged();
    }
  }

  return (
    <form className="form panel" onSubmit={submit} aria-labelledby="add-participant">
      <h3 id="add-participant">Add a participant</h3>
      <div className="form-row">
        <TextField label="E-mail address of their account" type="email" name="email" required autoComplete="off" value={email} onChange={(event) => setEmail(event.currentTarget.value)} />
        <SelectField label="Case role" name="role" value={role} onChange={(event) => setRole(event.currentTarget.value as CaseRole)}>
          {CASE_ROLES.map((value) => (
            <option key={value} value={value}>
              {CASE_ROLE[value]}
            </option>
          ))}
        </SelectField>
        {needsProject ? (
          <SelectField label="Speaks for project" name="projectKey" value={projectKey} onChange={(event) => setProjectKey(event.currentTarget.value)} required>
            {kase.projects.length === 0 ? <option value="">Add a project first</option> : null}
            {kase.projects.map((project) => (
              <option key={project.projectKey} value={project.projectKey}>
                {project.displayName}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      <ActionError error={action.error} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={action.busy || email.trim() === '' || (needsProject && projectKey === '')}>
          Add to the case
        </button>
      </div>
    </form>
  );
}
