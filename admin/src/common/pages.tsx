import type { ReactNode } from "react";
import { Create, DeleteButton, Edit, EditButton, type RaRecord, Show, TopToolbar } from "react-admin";

/**
 * Edits are pessimistic: the page waits for the API, so its field errors land
 * on their inputs and a stale version (412) is reported before leaving the page.
 * The record's `version` travels as If-Match (see the data provider).
 */
export function RegistryEdit({ children, title }: { children: ReactNode; title?: ReactNode }) {
  return (
    <Edit mutationMode="pessimistic" redirect="show" title={title}>
      {children}
    </Edit>
  );
}

export function RegistryCreate({ children, defaults }: { children: ReactNode; defaults?: Partial<RaRecord> }) {
  return (
    <Create redirect="show" record={defaults}>
      {children}
    </Create>
  );
}

/** Show pages offer edit and delete; a referenced record's delete is refused by the API (409) with its reason. */
export function RegistryShow({ children, title }: { children: ReactNode; title?: ReactNode }) {
  return (
    <Show
      title={title}
      actions={
        <TopToolbar>
          <EditButton />
          <DeleteButton mutationMode="pessimistic" />
        </TopToolbar>
      }
    >
      {children}
    </Show>
  );
}
