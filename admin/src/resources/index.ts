import UploadFileIcon from "@mui/icons-material/UploadFile";
import type { ResourceProps } from "react-admin";
import { lazyPage } from "../common/lazyPage";
import * as aidDistributions from "./aid-distributions";
import * as beneficiaries from "./beneficiaries";
import * as centers from "./centers";
import * as cooperatives from "./cooperatives";
import * as enrollments from "./enrollments";
import * as exhibitions from "./exhibitions";
import * as grants from "./grants";
import * as marketplaceSpaces from "./marketplace-spaces";
import * as programSupports from "./program-supports";
import * as vigilanceCells from "./vigilance-cells";

/**
 * The imports' pages, loaded on first visit like every other registry's (their folder exports them eagerly,
 * which would put the whole list and form machinery into the console's first load).
 */
const imports = {
  list: lazyPage(() => import("./imports/ImportList"), "ImportList"),
  show: lazyPage(() => import("./imports/ImportShow"), "ImportShow"),
  create: lazyPage(() => import("./imports/ImportCreate"), "ImportCreate"),
  icon: UploadFileIcon,
};

/** Every registry of the console, one line each, in menu order. The name is the API's path under /api/v1. */
export const resources: ResourceProps[] = [
  { name: "centers", ...centers },
  { name: "beneficiaries", ...beneficiaries },
  { name: "enrollments", ...enrollments },
  { name: "cooperatives", ...cooperatives },
  { name: "marketplace-spaces", ...marketplaceSpaces },
  { name: "exhibitions", ...exhibitions },
  { name: "aid-distributions", ...aidDistributions },
  { name: "grants", ...grants },
  { name: "program-supports", ...programSupports },
  { name: "vigilance-cells", ...vigilanceCells },
  { name: "imports", ...imports },
];
