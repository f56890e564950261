import { SimpleShowLayout, TextField } from "react-admin";
import { EnumField, LocalDateField, LocalNumberField } from "../../common/fields";
import { RegistryShow } from "../../common/pages";
import { BeneficiaryReferenceField } from "../../common/references";

export function AidShow() {
  return (
    <RegistryShow>
      <SimpleShowLayout>
        <BeneficiaryReferenceField source="beneficiaryId" />
        <EnumField source="kind" list="aidKind" />
        <LocalDateField source="date" />
        <TextField source="description" />
        <LocalNumberField source="quantity" />
        <LocalNumberField source="valueMad" />
        <LocalDateField source="updatedAt" showTime />
      </SimpleShowLayout>
    </RegistryShow>
  );
}
