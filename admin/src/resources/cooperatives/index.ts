import GroupsIcon from "@mui/icons-material/Groups";

export { CooperativeList as list } from "./CooperativeList";
export { CooperativeShow as show } from "./CooperativeShow";
export { CooperativeCreate as create, CooperativeEdit as edit } from "./CooperativeForm";
export const icon = GroupsIcon;
export const recordRepresentation = "name";
