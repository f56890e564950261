import { NumberInput } from "react-admin";
import { Column, LocalNumberField } from "../../common/fields";
import { RegistryList } from "../../common/RegistryList";
import { CenterInput, CenterReferenceField } from "../../common/references";

const filters = [
  <CenterInput key="centerId" source="centerId" filter={{ type: "social_protection" }} alwaysOn />,
  <NumberInput key="year" source="year" min={1957} step={1} alwaysOn />,
];

export function SupportList() {
  return (
    <RegistryList filters={filters}>
      <Column source="centerId">
        <CenterReferenceField />
      </Column>
      <Column source="year" />
      <Column source="amountMad" field={LocalNumberField} />
      <Column source="note" />
    </RegistryList>
  );
}
