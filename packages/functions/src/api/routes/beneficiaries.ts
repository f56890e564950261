import { Beneficiary, BeneficiaryListQuery, beneficiaries, listBeneficiaries } from "@entraide/core/beneficiary";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { registerCrud } from "../crud.js";
import type { AppEnv } from "../env.js";
import { beneficiaryDuplicateRoutes } from "./beneficiary-duplicates.js";

export function beneficiaryRoutes(app: OpenAPIHono<AppEnv>) {
  registerCrud(app, {
    path: "beneficiaries",
    tag: "Beneficiaries",
    repository: beneficiaries,
    record: Beneficiary.openapi("Beneficiary"),
    listQuery: BeneficiaryListQuery,
    list: listBeneficiaries as never,
  });
  beneficiaryDuplicateRoutes(app);
}
