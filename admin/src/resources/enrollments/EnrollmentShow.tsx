import { SimpleShowLayout } from "react-admin";
import { EnumField, LocalDateField } from "../../common/fields";
import { RegistryShow } from "../../common/pages";
import { BeneficiaryReferenceField, CenterReferenceField } from "../../common/references";

export function EnrollmentShow() {
  return (
    <RegistryShow>
      <SimpleShowLayout>
        <BeneficiaryReferenceField source="beneficiaryId" />
        <CenterReferenceField source="centerId" />
        <EnumField source="service" list="service" />
        <LocalDateField source="startDate" />
        <LocalDateField source="endDate" emptyText="—" />
      </SimpleShowLayout>
    </RegistryShow>
  );
}
