import { SimpleShowLayout, TextField } from "react-admin";
import { EnumField, LocalDateField, LocalNumberField } from "../../common/fields";
import { RegistryShow } from "../../common/pages";
import { BeneficiaryReferenceField } from "../../common/references";

export function GrantShow() {
  return (
    <RegistryShow>
      <SimpleShowLayout>
        <BeneficiaryReferenceField source="beneficiaryId" />
        <TextField source="activity" />
        <LocalNumberField source="amountMad" />
        <LocalDateField source="awardedOn" />
        <EnumField source="status" list="grantStatus" />
        <LocalDateField source="updatedAt" showTime />
      </SimpleShowLayout>
    </RegistryShow>
  );
}
