import { SelectInput } from "react-admin";
import { choicesOf } from "../../common/enums";
import { RegistryList } from "../../common/RegistryList";
import { BeneficiaryInput } from "../../common/references";
import { listColumns } from "../listColumns";

const filters = [
  <BeneficiaryInput key="beneficiaryId" source="beneficiaryId" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={choicesOf("aidKind")} alwaysOn />,
];

export function AidList() {
  return <RegistryList filters={filters} columns={listColumns["aid-distributions"]} />;
}
