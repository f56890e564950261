import PeopleIcon from "@mui/icons-material/People";
import type { RaRecord } from "react-admin";

export { BeneficiaryList as list } from "./BeneficiaryList";
export { BeneficiaryShow as show } from "./BeneficiaryShow";
export { BeneficiaryCreate as create, BeneficiaryEdit as edit } from "./BeneficiaryForm";
export const icon = PeopleIcon;
export const recordRepresentation = (record: RaRecord) => `${record.firstName} ${record.lastName}`;
