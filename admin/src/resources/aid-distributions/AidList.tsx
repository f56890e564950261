import { SelectInput } from "react-admin";
import { choicesOf } from "../../common/enums";
import { Column, EnumField, LocalDateField, LocalNumberField } from "../../common/fields";
import { RegistryList } from "../../common/RegistryList";
import { BeneficiaryInput, BeneficiaryReferenceField } from "../../common/references";

const filters = [
  <BeneficiaryInput key="beneficiaryId" source="beneficiaryId" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={choicesOf("aidKind")} alwaysOn />,
];

export function AidList() {
  return (
    <RegistryList filters={filters}>
      <Column source="beneficiaryId">
        <BeneficiaryReferenceField />
      </Column>
      <Column source="kind">
        <EnumField source="kind" list="aidKind" />
      </Column>
      <Column source="date" field={LocalDateField} />
      <Column source="description" />
      <Column source="quantity" field={LocalNumberField} />
      <Column source="valueMad" field={LocalNumberField} />
    </RegistryList>
  );
}
