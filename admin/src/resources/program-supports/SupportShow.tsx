import { SimpleShowLayout, TextField } from "react-admin";
import { LocalDateField, LocalNumberField } from "../../common/fields";
import { RegistryShow } from "../../common/pages";
import { CenterReferenceField } from "../../common/references";

export function SupportShow() {
  return (
    <RegistryShow>
      <SimpleShowLayout>
        <CenterReferenceField source="centerId" />
        <TextField source="year" />
        <LocalNumberField source="amountMad" />
        <TextField source="note" emptyText="—" />
        <LocalDateField source="updatedAt" showTime />
      </SimpleShowLayout>
    </RegistryShow>
  );
}
