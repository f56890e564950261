import { SelectInput } from "react-admin";
import { choicesOf } from "../../common/enums";
import { Column, EnumField, LocalDateField, LocalNumberField } from "../../common/fields";
import { RegistryList } from "../../common/RegistryList";
import { BeneficiaryInput, BeneficiaryReferenceField } from "../../common/references";

const filters = [
  <BeneficiaryInput key="beneficiaryId" source="beneficiaryId" filter={{ category: "disability" }} alwaysOn />,
  <SelectInput key="status" source="status" choices={choicesOf("grantStatus")} alwaysOn />,
];

export function GrantList() {
  return (
    <RegistryList filters={filters}>
      <Column source="beneficiaryId">
        <BeneficiaryReferenceField />
      </Column>
      <Column source="activity" />
      <Column source="amountMad" field={LocalNumberField} />
      <Column source="awardedOn" field={LocalDateField} />
      <Column source="status">
        <EnumField source="status" list="grantStatus" />
      </Column>
    </RegistryList>
  );
}
