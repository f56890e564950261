import AssignmentIcon from "@mui/icons-material/AssignmentInd";
import { lazyPage } from "../../common/lazyPage";

export const list = lazyPage(() => import("./EnrollmentList"), "EnrollmentList");
export const show = lazyPage(() => import("./EnrollmentShow"), "EnrollmentShow");
export const create = lazyPage(() => import("./EnrollmentForm"), "EnrollmentCreate");
export const edit = lazyPage(() => import("./EnrollmentForm"), "EnrollmentEdit");

export const icon = AssignmentIcon;
