import { NumberInput } from "react-admin";
import { RegistryList } from "../../common/RegistryList";
import { CenterInput } from "../../common/references";
import { listColumns } from "../listColumns";

const filters = [
  <CenterInput key="centerId" source="centerId" filter={{ type: "social_protection" }} alwaysOn />,
  <NumberInput key="year" source="year" min={1957} step={1} alwaysOn />,
];

export function SupportList() {
  return <RegistryList filters={filters} columns={listColumns["program-supports"]} />;
}
