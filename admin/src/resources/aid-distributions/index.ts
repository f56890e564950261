import VolunteerActivismIcon from "@mui/icons-material/VolunteerActivism";

export { AidList as list } from "./AidList";
export { AidShow as show } from "./AidShow";
export { AidCreate as create, AidEdit as edit } from "./AidForm";
export const icon = VolunteerActivismIcon;
export const recordRepresentation = "description";
