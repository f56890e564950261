import PeopleIcon from "@mui/icons-material/People";
import { personName } from "../../common/isolate";
import { lazyPage } from "../../common/lazyPage";

export const list = lazyPage(() => import("./BeneficiaryList"), "BeneficiaryList");
export const show = lazyPage(() => import("./BeneficiaryShow"), "BeneficiaryShow");
export const create = lazyPage(() => import("./BeneficiaryForm"), "BeneficiaryCreate");
export const edit = lazyPage(() => import("./BeneficiaryForm"), "BeneficiaryEdit");

export const icon = PeopleIcon;
export const recordRepresentation = personName;
