import AssignmentIcon from "@mui/icons-material/AssignmentInd";

export { EnrollmentList as list } from "./EnrollmentList";
export { EnrollmentShow as show } from "./EnrollmentShow";
export { EnrollmentCreate as create, EnrollmentEdit as edit } from "./EnrollmentForm";
export const icon = AssignmentIcon;
