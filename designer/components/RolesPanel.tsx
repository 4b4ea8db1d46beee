import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTHORITY_ID, ROLE_NAME, addRole, deleteRole, objectAt, updateRole } from '../model/index.js';
import type { RoleKind } from '../model/index.js';
import { AddByNameForm } from './AddByNameForm.js';
import type { AddFieldError } from './AddByNameForm.js';
import { ButtonText } from './ButtonText.js';
import { CommitInput } from './CommitInput.js';
import { roleRowId } from './elementIds.js';
import { useEditor } from './editorContext.js';
import { FlagCheck } from './FlagCheck.js';
import { focusAfterDelete } from './focusAfterDelete.js';
import { PanelField as Field } from './PanelField.js';

type Title = { de?: string; en?: string };
const KINDS: RoleKind[] = ['citizen', 'staff'];

/**
 * The roles: who holds each (citizens or staff, of the responsible or another authority), its name
 * and description, whether anyone may join a case in it (citizen roles); a form to add one.
 */
export function RolesPanel() {
  const { t } = useTranslation('panels');
  const { definition, edit, selectedRow } = useEditor();
  const roles = Object.entries(objectAt(definition.roles));
  return (
    <>
      <p className="kern-body">{t('roles.lead')}</p>
      {roles.length === 0 ? <p className="kern-body">{t('roles.empty')}</p> : null}
      <ul className="dz-plain">
        {roles.map(([name, raw]) => {
          const role = objectAt(raw);
          const title = objectAt(role.title) as Title;
          const description = objectAt(role.description) as Title;
          const kind = role.kind === 'staff' ? 'staff' : 'citizen';
          const row = roleRowId(name);
          const setTitle = (lang: 'de' | 'en', v: string) =>
            edit((d) => updateRole(d, name, { title: { de: lang === 'de' ? v : title.de ?? v, en: lang === 'en' ? v : title.en ?? v } }));
          // Both languages emptied: the key goes, so an untouched role keeps its bytes.
          const setDescription = (lang: 'de' | 'en', v: string) => {
            const next = { de: lang === 'de' ? v : description.de ?? v, en: lang === 'en' ? v : description.en ?? v };
            edit((d) => updateRole(d, name, { description: next.de || next.en ? next : null }));
          };
          return (
            <li key={name}>
              <fieldset className="kern-fieldset dz-row" id={row} data-selected={selectedRow === row ? 'true' : undefined}>
                <legend className="kern-label">{t('roles.legend', { name })}</legend>
                <div className="dz-fields">
                  <div className="kern-form-input">
                    <label className="kern-label" htmlFor={`${row}-kind`}>{t('roles.kind')}</label>
                    <div className="kern-form-input__select-wrapper">
                      <select id={`${row}-kind`} className="kern-form-input__select" value={kind} onChange={(e) => edit((d) => updateRole(d, name, { kind: e.target.value as RoleKind }))}>
                        {KINDS.map((k) => <option key={k} value={k}>{t(`roles.kinds.${k}`)}</option>)}
                      </select>
                    </div>
                  </div>
                  <div className="kern-form-input">
                    <label className="kern-label" htmlFor={`${row}-de`}>{t('roles.titleDe')}</label>
                    <CommitInput id={`${row}-de`} value={title.de ?? ''} onCommit={(v) => setTitle('de', v)} />
                  </div>
                  <div className="kern-form-input">
                    <label className="kern-label" htmlFor={`${row}-en`}>{t('roles.titleEn')}</label>
                    <CommitInput id={`${row}-en`} value={title.en ?? ''} onCommit={(v) => setTitle('en', v)} />
                  </div>
                  <div className="kern-form-input">
                    <label className="kern-label" htmlFor={`${row}-description-de`}>{t('roles.descriptionDe')}</label>
                    <CommitInput id={`${row}-description-de`} value={description.de ?? ''} onCommit={(v) => setDescription('de', v)} />
                  </div>
                  <div className="kern-form-input">
                    <label className="kern-label" htmlFor={`${row}-description-en`}>{t('roles.descriptionEn')}</label>
                    <CommitInput id={`${row}-description-en`} value={description.en ?? ''} onCommit={(v) => setDescription('en', v)} />
                  </div>
                  {kind === 'citizen' ? (
                    <FlagCheck id={`${row}-joinable`} label={t('roles.joinable')} hint={t('roles.joinableHint')} checked={role.joinable === true}
                      onChange={(on) => edit((d) => updateRole(d, name, { joinable: on }))} />
                  ) : null}
                  {kind === 'staff' ? (
                    <div className="kern-form-input">
                      <label className="kern-label" htmlFor={`${row}-authority`}>{t('roles.authority')}</label>
                      <div className="kern-hint" id={`${row}-authority-hint`}>{t('roles.authorityInvalid')}</div>
                      <CommitInput id={`${row}-authority`} aria-describedby={`${row}-authority-hint`} value={typeof role.authority === 'string' ? role.authority : ''}
                        onCommit={(v) => edit((d) => updateRole(d, name, { authority: v.trim() || null }))} />
                    </div>
                  ) : null}
                </div>
                <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => { if (edit((d) => deleteRole(d, name))) focusAfterDelete('roles-title'); }}>
                  <ButtonText text={t('roles.delete')} about={name} />
                </button>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <AddRoleForm taken={roles.map(([n]) => n)} />
    </>
  );
}

function AddRoleForm({ taken }: { taken: string[] }) {
  const { t } = useTranslation('panels');
  const { edit } = useEditor();
  const [kind, setKind] = useState<RoleKind>('staff');
  const [authority, setAuthority] = useState('');
  const add = (name: string, { de }: { de: string }): boolean | AddFieldError => {
    const other = kind === 'staff' ? authority.trim() : '';
    if (other && !AUTHORITY_ID.test(other)) return { field: 'add-role-authority', text: t('roles.authorityInvalid') };
    return edit((d) => addRole(d, name, kind, { de: de || name, en: de || name }, other || undefined));
  };
  return (
    <AddByNameForm idBase="add-role"
      texts={{ title: t('addRole.title'), name: t('addRole.name'), nameHint: t('addRole.nameHint'), titleDe: t('roles.titleDe'), submit: t('addRole.submit') }}
      refuse={(name) => (!ROLE_NAME.test(name) ? t('addRole.nameInvalid') : taken.includes(name) ? t('addRole.nameTaken', { name }) : undefined)}
      add={add} onReset={() => setAuthority('')}
      onAdded={(name) => setTimeout(() => document.getElementById(`${roleRowId(name)}-de`)?.focus(), 0)}>
      {(errorFor) => (
        <>
          <div className="kern-form-input">
            <label className="kern-label" htmlFor="add-role-kind">{t('roles.kind')}</label>
            <div className="kern-form-input__select-wrapper">
              <select id="add-role-kind" className="kern-form-input__select" value={kind} onChange={(e) => setKind(e.target.value as RoleKind)}>
                {KINDS.map((k) => <option key={k} value={k}>{t(`roles.kinds.${k}`)}</option>)}
              </select>
            </div>
          </div>
          {kind === 'staff' ? <Field id="add-role-authority" label={t('roles.authority')} error={errorFor('add-role-authority')} value={authority} onChange={setAuthority} /> : null}
        </>
      )}
    </AddByNameForm>
  );
}
