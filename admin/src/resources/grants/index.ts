import PaymentsIcon from "@mui/icons-material/Payments";

export { GrantList as list } from "./GrantList";
export { GrantShow as show } from "./GrantShow";
export { GrantCreate as create, GrantEdit as edit } from "./GrantForm";
export const icon = PaymentsIcon;
export const recordRepresentation = "activity";
