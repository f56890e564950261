import VolunteerActivismIcon from "@mui/icons-material/VolunteerActivism";
import { lazyPage } from "../../common/lazyPage";

export const list = lazyPage(() => import("./AidList"), "AidList");
export const show = lazyPage(() => import("./AidShow"), "AidShow");
export const create = lazyPage(() => import("./AidForm"), "AidCreate");
export const edit = lazyPage(() => import("./AidForm"), "AidEdit");

export const icon = VolunteerActivismIcon;
export const recordRepresentation = "description";
