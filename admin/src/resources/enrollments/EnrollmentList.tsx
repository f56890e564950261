import { SelectInput } from "react-admin";
import { choicesOf } from "../../common/enums";
import { Column, EnumField, LocalDateField } from "../../common/fields";
import { RegistryList } from "../../common/RegistryList";
import { BeneficiaryReferenceField, CenterInput, CenterReferenceField } from "../../common/references";

const filters = [
  <CenterInput key="centerId" source="centerId" alwaysOn />,
  <SelectInput key="service" source="service" choices={choicesOf("service")} alwaysOn />,
];

export function EnrollmentList() {
  return (
    <RegistryList filters={filters}>
      <Column source="beneficiaryId">
        <BeneficiaryReferenceField />
      </Column>
      <Column source="centerId">
        <CenterReferenceField />
      </Column>
      <Column source="service">
        <EnumField source="service" list="service" />
      </Column>
      <Column source="startDate" field={LocalDateField} />
      <Column source="endDate" field={LocalDateField} />
    </RegistryList>
  );
}
