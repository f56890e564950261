import PaymentsIcon from "@mui/icons-material/Payments";
import { lazyPage } from "../../common/lazyPage";

export const list = lazyPage(() => import("./GrantList"), "GrantList");
export const show = lazyPage(() => import("./GrantShow"), "GrantShow");
export const create = lazyPage(() => import("./GrantForm"), "GrantCreate");
export const edit = lazyPage(() => import("./GrantForm"), "GrantEdit");

export const icon = PaymentsIcon;
export const recordRepresentation = "activity";
